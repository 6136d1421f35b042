/**
 * The server end-to-end tests run against: the production build, served by the portal's own server
 * (scripts/server), on its own migrated, seeded database (see test-database.ts), with a fresh secret. Stops everything it started when Playwright ends it.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

import { e2eRunFile } from "../../e2e/support/database";
import { portalServerArgs } from "../server/portal-server";
import { exitWithServer } from "../server/server-process";
import { startSmtpSink } from "./smtp-sink";
import { createTestDatabase, prisma } from "./test-database";

const root = path.resolve(import.meta.dirname, "..", "..");
const port = process.env.E2E_PORT ?? "3100";
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? "3125");
const mailApiPort = Number(process.env.E2E_MAIL_API_PORT ?? "3126");
// The portal's own listener for customers' replies (e2e/support/send-mail.ts writes to it).
const inboundSmtpPort = process.env.E2E_INBOUND_SMTP_PORT ?? "3127";

async function main() {
  const database = await createTestDatabase();
  const cleanups: (() => Promise<unknown>)[] = [() => database.dispose()];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
  };
  try {
    await prisma(["db", "seed"], database.url);
    // A real SMTP server catches the portal's mail; tests read it over HTTP (e2e/support/mail.ts).
    const sink = await startSmtpSink({ port: smtpPort, httpPort: mailApiPort });
    cleanups.push(() => sink.close());
    const authSecret = randomBytes(32).toString("base64url");
    // Fixtures seed through the database and sign in the way emailed links do, so they need both.
    await fs.writeFile(e2eRunFile(port), JSON.stringify({ databaseUrl: database.url, authSecret }), { mode: 0o600 });
    cleanups.push(() => fs.rm(e2eRunFile(port), { force: true }));
    startServer(database.url, authSecret, cleanUp);
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

function startServer(databaseUrl: string, authSecret: string, cleanUp: () => Promise<void>) {
  const server = spawn(process.execPath, portalServerArgs(), {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: port,
      // The tests play the proxy: each sends X-Forwarded-For with an address of its own (e2e/support/test.ts),
      // so per-client limits count one test's requests, the way they count one client's behind a proxy.
      TRUSTED_PROXY_HOPS: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: `http://localhost:${port}`,
      AUTH_SECRET: authSecret,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_TRANSPORT: "smtp",
      INBOUND_SMTP_PORT: inboundSmtpPort,
      MAIL_REPLY_ADDRESS: "reply@portal.example",
    },
  });
  exitWithServer(server, cleanUp, 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
