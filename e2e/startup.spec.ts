import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = path.resolve(__dirname, "..");

// A spare port beside the e2e server's (3199 by default).
const port = String(Number(process.env.E2E_PORT ?? "3100") + 99);

/** Starts the portal's production server (scripts/server/run.ts) with the given environment and waits for it to exit. */
function startServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "server", "run.ts")], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", PORT: port, ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server kept running:\n${output}`));
    }, 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test.describe("start-up in production", () => {
  // Each test starts a server on the same spare port.
  test.describe.configure({ mode: "serial" });

  const complete = {
    APP_URL: `http://localhost:${port}`,
    AUTH_SECRET: "a-secret-of-at-least-thirty-two-characters",
    // A server that is never reached: the check must stop start-up before any connection.
    DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none",
  };

  for (const missing of ["AUTH_SECRET", "APP_URL"]) {
    test(`stops with a message naming ${missing} when it is missing`, async () => {
      const { code, output } = await startServer({ ...complete, [missing]: "" });
      expect(code).toBe(1);
      expect(output).toContain(`${missing} is required in production`);
      expect(output).toContain("The server is not started.");
    });
  }

  // A MAIL_TRANSPORT=mailbox left in an env file must not keep a real server's mail unsent.
  for (const smtp of [{ SMTP_URL: "smtp://127.0.0.1:2525" }, { SMTP_HOST: "smtp.club.example" }]) {
    const name = Object.keys(smtp)[0];
    test(`stops with a message naming MAIL_TRANSPORT and ${name} when both ask for different mail`, async () => {
      const { code, output } = await startServer({
        ...complete,
        MAIL_TRANSPORT: "mailbox",
        SMTP_URL: "",
        SMTP_HOST: "",
        ...smtp,
      });
      expect(code).toBe(1);
      expect(output).toContain("MAIL_TRANSPORT is mailbox while SMTP_URL or SMTP_HOST is set");
      expect(output).toContain("The server is not started.");
    });
  }

  test("stops with a message naming a malformed DATABASE_URL", async () => {
    const { code, output } = await startServer({ ...complete, DATABASE_URL: "mysql://localhost/portal" });
    expect(code).toBe(1);
    expect(output).toContain("DATABASE_URL must be a postgresql:// URL");
  });
});
