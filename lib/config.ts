/**
 * The server's configuration, read from the environment and validated once. A missing or malformed
 * variable stops start-up with a message naming it.
 */
import { z } from "zod";

const ZLogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

const ZServerConfig = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" })
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    EMBEDDED_PG_DIR: z.string().min(1).optional(),
    APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    LOG_LEVEL: ZLogLevel.default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    // Production needs what cannot be guessed safely: where links point and how sessions are signed.
    for (const key of ["APP_URL", "AUTH_SECRET"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required in production" });
    }
  });

export type TServerConfig = z.infer<typeof ZServerConfig>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment; empty strings count as unset. */
export function parseConfig(env: Record<string, string | undefined>): TServerConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = ZServerConfig.safeParse(cleaned);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`));
}

let cached: TServerConfig | undefined;

export function getConfig(): TServerConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** The base URL links in emails and pages point to. */
export function appUrl(): string {
  return getConfig().APP_URL ?? "http://localhost:3000";
}
