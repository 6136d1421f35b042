import { describe, expect, it } from "vitest";

import { ConfigError, parseConfig } from "./config";

const PRODUCTION = {
  NODE_ENV: "production",
  APP_URL: "https://club.example",
  AUTH_SECRET: "x".repeat(32),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
}

describe("configuration", () => {
  it("needs nothing in development", () => {
    const config = parseConfig({});
    expect(config.NODE_ENV).toBe("development");
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATABASE_POOL_SIZE).toBe(10);
  });

  it("accepts a complete production environment", () => {
    expect(parseConfig(PRODUCTION).APP_URL).toBe("https://club.example");
  });

  it.each(["AUTH_SECRET", "APP_URL"])("names %s when production lacks it", (key) => {
    const problems = problemsOf({ ...PRODUCTION, [key]: undefined });
    expect(problems).toEqual([`${key} is required in production`]);
  });

  it("treats an empty value as missing", () => {
    expect(problemsOf({ ...PRODUCTION, AUTH_SECRET: "" })).toEqual(["AUTH_SECRET is required in production"]);
  });

  it("names malformed variables with the reason", () => {
    const problems = problemsOf({
      DATABASE_URL: "mysql://localhost/portal",
      AUTH_SECRET: "short",
      DATABASE_POOL_SIZE: "many",
    });
    expect(problems).toHaveLength(3);
    expect(problems).toContain("DATABASE_URL must be a postgresql:// URL");
    expect(problems).toContain("AUTH_SECRET must be at least 32 characters");
    expect(problems.some((p) => p.startsWith("DATABASE_POOL_SIZE"))).toBe(true);
  });

  it("puts every problem in the error message", () => {
    expect(() => parseConfig({ NODE_ENV: "production" })).toThrow(/APP_URL is required[\s\S]*AUTH_SECRET is required/);
  });
});
