/**
 * The server end-to-end tests run against: the production build on its own migrated, seeded database
 * (see test-database.ts), with a fresh secret. Stops everything it started when Playwright ends it.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

import { e2eRunFile } from "../../e2e/support/database";

import { startSmtpSink } from "./smtp-sink";
import { createTestDatabase, prisma } from "./test-database";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = process.env.E2E_PORT ?? "3100";
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? "3125");
const mailApiPort = Number(process.env.E2E_MAIL_API_PORT ?? "3126");

async function main() {
  const database = await createTestDatabase();
  await prisma(["db", "seed"], database.url);
  // A real SMTP server catches the portal's mail; tests read it over HTTP (e2e/support/mail.ts).
  const sink = await startSmtpSink({ port: smtpPort, httpPort: mailApiPort });
  const authSecret = randomBytes(32).toString("base64url");
  // Fixtures seed through the database and sign in the way emailed links do, so they need both.
  await fs.writeFile(e2eRunFile(port), JSON.stringify({ databaseUrl: database.url, authSecret }), { mode: 0o600 });
  const server = spawn(process.execPath, [path.join(root, "node_modules", ".bin", "next"), "start", "-p", port], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: authSecret,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_TRANSPORT: "smtp",
    },
  });
  let isStopping = false;
  const stop = async () => {
    if (isStopping) return;
    isStopping = true;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await sink.close();
    await fs.rm(e2eRunFile(port), { force: true });
    await database.dispose();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.on("exit", () => void stop());
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
