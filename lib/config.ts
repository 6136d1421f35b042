/**
 * The server's configuration, read from the environment and validated once. A missing or malformed
 * variable stops start-up with a message naming it.
 */
import { z } from "zod";

const ZLogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

// "Name <address@domain>" or a bare address: the domain also names the Message-IDs of outgoing mail.
const MAIL_FROM_PATTERN = /^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/;

const ZServerConfig = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Statements prepared once per connection; off for a pooler in transaction mode that cannot keep them. */
    DATABASE_PREPARED_STATEMENTS: z.stringbool({ error: "must be true or false" }).default(true),
    EMBEDDED_PG_DIR: z.string().min(1).optional(),
    APP_URL: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    LOG_LEVEL: ZLogLevel.default("info"),
    /** The mailbox customers reply to; a case's replies go to its plus-address (reply+<token>@…). */
    MAIL_REPLY_ADDRESS: z.email("must be an email address").default("reply@portal.example"),
    /** The port of the SMTP server customers' replies arrive at (behind the MX or relay); unset: none. */
    INBOUND_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    /** Its address; loopback by default, since it has no TLS or authentication of its own. */
    INBOUND_SMTP_HOST: z.string().min(1).default("127.0.0.1"),
    /** Where queue reports go for offices without a contact address of their own. */
    QUEUE_REPORT_FALLBACK_EMAIL: z.email("must be an email address").optional(),
    /** The answer term of international search claims (UPU), in days. */
    INTERNATIONAL_CLAIM_DAYS: z.coerce.number().int().min(1).max(365).default(60),
    /** The office head's service target for queue reports: days after the report's own, ending on a working day (0: that day). */
    QUEUE_REPORT_TARGET_DAYS: z.coerce.number().int().min(0).max(30).default(0),
    /** What the customer's email to an answered or closed case does: reopen it, or only flag it for staff. */
    CASE_REPLY_AFTER_ANSWER: z.enum(["reopen", "flag"]).default("reopen"),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_SECURE: z.stringbool({ error: "must be true or false" }).default(false),
    MAIL_FROM: z
      .string()
      .regex(MAIL_FROM_PATTERN, "must be an address or Name <address>")
      .default("Клуб клиентов <no-reply@portal.example>"),
    MAIL_TRANSPORT: z.enum(["smtp", "mailbox"]).optional(),
    WORKER_MODE: z.enum(["embedded", "off"]).default("embedded"),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(50).default(4),
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    STORAGE_DIR: z.string().min(1).default(".data/uploads"),
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s):// URL" }).optional(),
    S3_REGION: z.string().min(1).optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: z.stringbool({ error: "must be true or false" }).default(false),
  })
  .superRefine((env, ctx) => {
    const hasSmtp = Boolean(env.SMTP_URL || env.SMTP_HOST);
    if (env.MAIL_TRANSPORT === "smtp" && !hasSmtp) {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_URL"],
        message: "(or SMTP_HOST) is required when MAIL_TRANSPORT=smtp",
      });
    }
    // Both at once is a left-over (an env file written for a local run), not a choice: refusing it keeps a
    // real server from silently keeping its mail unsent.
    if (env.MAIL_TRANSPORT === "mailbox" && hasSmtp) {
      ctx.addIssue({
        code: "custom",
        path: ["MAIL_TRANSPORT"],
        message:
          "is mailbox while SMTP_URL or SMTP_HOST is set: mail would never be sent. Remove MAIL_TRANSPORT=mailbox (look in .env.local) to send through SMTP, or unset SMTP_URL and SMTP_HOST to keep mail unsent",
      });
    }
    if (env.STORAGE_DRIVER === "s3") {
      // Explicit keys rather than the SDK's search through ~/.aws and instance metadata: what the portal
      // writes to is then visible in its configuration. S3_ENDPOINT stays optional (AWS itself needs none).
      for (const key of ["S3_REGION", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when STORAGE_DRIVER=s3" });
      }
    }
    if (env.NODE_ENV !== "production") return;
    // Production needs what cannot be guessed safely: where links point and how sessions are signed.
    for (const key of ["APP_URL", "AUTH_SECRET"] as const) {
      if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required in production" });
    }
    // Mail kept in the development mailbox never reaches anyone: production has to ask for it by name.
    if (!hasSmtp && !env.MAIL_TRANSPORT) {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_URL"],
        message: "(or SMTP_HOST) is required in production; set MAIL_TRANSPORT=mailbox to keep mail unsent on purpose",
      });
    }
  })
  .transform((env) => ({
    ...env,
    // Without an SMTP server, outside production, mail goes to the development mailbox.
    MAIL_TRANSPORT: env.MAIL_TRANSPORT ?? (env.SMTP_URL || env.SMTP_HOST ? "smtp" : "mailbox"),
  }));

export type TServerConfig = z.output<typeof ZServerConfig>;

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
