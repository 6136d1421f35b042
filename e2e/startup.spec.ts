import { spawn } from "node:child_process";
import path from "node:path";

import { expect, test } from "@playwright/test";

const root = path.resolve(__dirname, "..");

/** Starts the production server with the given environment and waits for it to exit. */
function startServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", ".bin", "next"), "start", "-p", "3199"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production", ...env },
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
    APP_URL: "http://localhost:3199",
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

  test("stops with a message naming a malformed DATABASE_URL", async () => {
    const { code, output } = await startServer({ ...complete, DATABASE_URL: "mysql://localhost/portal" });
    expect(code).toBe(1);
    expect(output).toContain("DATABASE_URL must be a postgresql:// URL");
  });
});
