/**
 * Structured JSON logs. Personal data never reaches them: the fields that may carry it are redacted
 * wherever they appear, and message bodies and passwords are never passed to a logger.
 */
import pino from "pino";

const PERSONAL_FIELDS = [
  "email",
  "phone",
  "name",
  "firstName",
  "lastName",
  "password",
  "passwordHash",
  "text",
  "body",
  "token",
  "authorization",
  "cookie",
  "url",
];

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "portal" },
  redact: {
    paths: PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`]),
    censor: "[redacted]",
  },
  timestamp: pino.stdTimeFunctions.isoTime,
});

export type Logger = pino.Logger;
