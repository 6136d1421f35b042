import { describe, expect, it } from "vitest";

import { ConfigError, parseConfig } from "./config";

const PRODUCTION = {
  NODE_ENV: "production",
  APP_URL: "https://club.example",
  AUTH_SECRET: "x".repeat(32),
  SMTP_URL: "smtp://mailer:secret@smtp.club.example:587",
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

describe("mail and worker configuration", () => {
  it("keeps mail in the development mailbox when no SMTP server is set", () => {
    const config = parseConfig({});
    expect(config.MAIL_TRANSPORT).toBe("mailbox");
    expect(config.MAIL_FROM).toBe("Клуб клиентов <no-reply@portal.example>");
    expect(config.WORKER_MODE).toBe("embedded");
    expect(config.WORKER_CONCURRENCY).toBe(4);
  });

  it.each([
    ["SMTP_URL", "smtp://127.0.0.1:2525"],
    ["SMTP_HOST", "smtp.club.example"],
  ])("sends through SMTP once %s is set", (key, value) => {
    expect(parseConfig({ [key]: value }).MAIL_TRANSPORT).toBe("smtp");
  });

  it("names SMTP_URL when production has no SMTP server", () => {
    const problems = problemsOf({ ...PRODUCTION, SMTP_URL: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^SMTP_URL \(or SMTP_HOST\) is required in production/);
  });

  it("accepts SMTP_HOST instead of SMTP_URL in production", () => {
    const config = parseConfig({
      ...PRODUCTION,
      SMTP_URL: undefined,
      SMTP_HOST: "smtp.club.example",
      SMTP_PORT: "465",
    });
    expect(config.MAIL_TRANSPORT).toBe("smtp");
    expect(config.SMTP_PORT).toBe(465);
  });

  it("lets production keep mail unsent only when asked by name", () => {
    const config = parseConfig({ ...PRODUCTION, SMTP_URL: undefined, MAIL_TRANSPORT: "mailbox" });
    expect(config.MAIL_TRANSPORT).toBe("mailbox");
  });

  // A MAIL_TRANSPORT=mailbox left in an env file would otherwise keep a real server's mail unsent.
  it.each([
    ["SMTP_URL", "smtp://127.0.0.1:2525"],
    ["SMTP_HOST", "smtp.club.example"],
  ])("refuses MAIL_TRANSPORT=mailbox together with %s, naming both", (key, value) => {
    for (const env of [{}, PRODUCTION]) {
      const problems = problemsOf({ ...env, [key]: value, MAIL_TRANSPORT: "mailbox" });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^MAIL_TRANSPORT is mailbox/);
      expect(problems[0]).toContain(key);
    }
  });

  it("needs an SMTP server when MAIL_TRANSPORT=smtp", () => {
    expect(problemsOf({ MAIL_TRANSPORT: "smtp" })).toEqual([
      "SMTP_URL (or SMTP_HOST) is required when MAIL_TRANSPORT=smtp",
    ]);
  });

  it("reads SMTP_SECURE as a boolean", () => {
    expect(parseConfig({ SMTP_SECURE: "true" }).SMTP_SECURE).toBe(true);
    expect(parseConfig({ SMTP_SECURE: "false" }).SMTP_SECURE).toBe(false);
    expect(parseConfig({}).SMTP_SECURE).toBe(false);
  });

  it("names malformed mail and worker variables", () => {
    const problems = problemsOf({
      SMTP_URL: "http://smtp.club.example",
      SMTP_PORT: "99999",
      SMTP_SECURE: "maybe",
      MAIL_FROM: "Клуб клиентов",
      MAIL_TRANSPORT: "pigeon",
      WORKER_MODE: "sometimes",
      WORKER_CONCURRENCY: "0",
    });
    expect(problems).toContain("SMTP_URL must be an smtp:// or smtps:// URL");
    expect(problems).toContain("SMTP_SECURE must be true or false");
    expect(problems).toContain("MAIL_FROM must be an address or Name <address>");
    for (const key of ["SMTP_PORT", "MAIL_TRANSPORT", "WORKER_MODE", "WORKER_CONCURRENCY"]) {
      expect(problems.some((p) => p.startsWith(`${key} `))).toBe(true);
    }
  });

  it("accepts a bare sender address", () => {
    expect(parseConfig({ MAIL_FROM: "robot@club.example" }).MAIL_FROM).toBe("robot@club.example");
  });
});

describe("incoming mail configuration", () => {
  it("listens for no mail unless a port is set, and on loopback by default", () => {
    const config = parseConfig({});
    expect(config.INBOUND_SMTP_PORT).toBeUndefined();
    expect(config.INBOUND_SMTP_HOST).toBe("127.0.0.1");
    expect(parseConfig({ INBOUND_SMTP_PORT: "" }).INBOUND_SMTP_PORT).toBeUndefined();
  });

  it("reads the port as a number and takes another address", () => {
    const config = parseConfig({ INBOUND_SMTP_PORT: "2525", INBOUND_SMTP_HOST: "0.0.0.0" });
    expect(config.INBOUND_SMTP_PORT).toBe(2525);
    expect(config.INBOUND_SMTP_HOST).toBe("0.0.0.0");
  });

  it("names a malformed port and reply mailbox", () => {
    const problems = problemsOf({ INBOUND_SMTP_PORT: "70000", MAIL_REPLY_ADDRESS: "reply" });
    expect(problems.some((p) => p.startsWith("INBOUND_SMTP_PORT "))).toBe(true);
    expect(problems).toContain("MAIL_REPLY_ADDRESS must be an email address");
    expect(problemsOf({ INBOUND_SMTP_PORT: "mail" }).map((p) => p.split(" ")[0])).toEqual(["INBOUND_SMTP_PORT"]);
  });
});

describe("attachment storage configuration", () => {
  const S3 = {
    STORAGE_DRIVER: "s3",
    S3_REGION: "ru-central1",
    S3_BUCKET: "portal-attachments",
    S3_ACCESS_KEY_ID: "key-id",
    S3_SECRET_ACCESS_KEY: "key-secret",
  };

  it("keeps attachments on the local disk by default", () => {
    const config = parseConfig({});
    expect(config.STORAGE_DRIVER).toBe("local");
    expect(config.STORAGE_DIR).toBe(".data/uploads");
    expect(config.S3_FORCE_PATH_STYLE).toBe(false);
  });

  it("needs no S3 variables for the local disk", () => {
    expect(problemsOf({ STORAGE_DRIVER: "local", STORAGE_DIR: "/var/lib/portal/uploads" })).toEqual([]);
  });

  it("accepts a complete S3 setup with an endpoint and path-style addressing", () => {
    const config = parseConfig({ ...S3, S3_ENDPOINT: "https://storage.yandexcloud.net", S3_FORCE_PATH_STYLE: "true" });
    expect(config.STORAGE_DRIVER).toBe("s3");
    expect(config.S3_ENDPOINT).toBe("https://storage.yandexcloud.net");
    expect(config.S3_FORCE_PATH_STYLE).toBe(true);
  });

  it("names every S3 variable that STORAGE_DRIVER=s3 lacks", () => {
    expect(problemsOf({ STORAGE_DRIVER: "s3" })).toEqual([
      "S3_REGION is required when STORAGE_DRIVER=s3",
      "S3_BUCKET is required when STORAGE_DRIVER=s3",
      "S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3",
      "S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3",
    ]);
    expect(problemsOf({ ...S3, S3_BUCKET: "" })).toEqual(["S3_BUCKET is required when STORAGE_DRIVER=s3"]);
  });

  it("names malformed storage variables", () => {
    const problems = problemsOf({
      ...S3,
      STORAGE_DRIVER: "ftp",
      S3_ENDPOINT: "s3.example",
      S3_FORCE_PATH_STYLE: "yes please",
    });
    expect(problems.some((p) => p.startsWith("STORAGE_DRIVER "))).toBe(true);
    expect(problems).toContain("S3_ENDPOINT must be an http(s):// URL");
    expect(problems).toContain("S3_FORCE_PATH_STYLE must be true or false");
  });
});
