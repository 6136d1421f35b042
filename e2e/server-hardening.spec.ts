import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext, type APIResponse } from "@playwright/test";

import { fileComplaintThroughForm } from "./support/complaint-form";
import { e2eRun } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { EVERY_RESPONSE, expectEveryResponseHeader } from "./support/security-headers";
import { expect, test } from "./support/test";

const root = path.resolve(__dirname, "..");

/** This machine's address on its network: reaching the server there is reaching it from outside loopback. */
function networkAddress(): string {
  const address = Object.values(os.networkInterfaces())
    .flat()
    .find((entry) => entry?.family === "IPv4" && !entry.internal)?.address;
  if (!address) throw new Error("this machine has no non-loopback IPv4 address");
  return address;
}

/**
 * A second portal server on the e2e database the way `npm start` runs one on a machine with no SMTP server
 * and no proxy: mail kept in the mailbox, TRUSTED_PROXY_HOPS=0 — but listening on every interface, so the
 * tests can reach it from loopback and from the network. It works no jobs: the e2e server's mail is not its.
 */
async function startMailboxServer(port: number): Promise<{ child: ChildProcess; output: () => string }> {
  const { databaseUrl, authSecret } = e2eRun();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOSTNAME: "0.0.0.0",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    APP_URL: `http://127.0.0.1:${port}`,
    MAIL_TRANSPORT: "mailbox",
    TRUSTED_PROXY_HOPS: "0",
    WORKER_MODE: "off",
    LOG_LEVEL: "warn",
  };
  for (const key of ["SMTP_URL", "SMTP_HOST", "INBOUND_SMTP_PORT"]) delete env[key];
  // As scripts/server/portal-server.ts's portalServerArgs() (which this CommonJS test file cannot import) has it.
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "server", "run.ts")], {
    cwd: root,
    env,
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`the mailbox server exited with ${child.exitCode}:\n${output}`);
        return (await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status;
      },
      { timeout: 60_000 },
    )
    .toBe(200);
  return { child, output: () => output };
}

test.describe("a server with no proxy and no SMTP server", { tag: "@desktop" }, () => {
  test.describe.configure({ mode: "serial" });

  const port = Number(process.env.E2E_PORT ?? "3100") + 10;
  const outside = networkAddress();
  let server: Awaited<ReturnType<typeof startMailboxServer>>;
  let fromLoopback: APIRequestContext;
  let fromNetwork: APIRequestContext;

  test.beforeAll(async () => {
    test.setTimeout(90_000);
    server = await startMailboxServer(port);
    fromLoopback = await playwrightRequest.newContext({ baseURL: `http://127.0.0.1:${port}` });
    fromNetwork = await playwrightRequest.newContext({ baseURL: `http://${outside}:${port}` });
  });

  test.afterAll(async () => {
    await fromLoopback?.dispose();
    await fromNetwork?.dispose();
    if (server && server.child.exitCode === null) {
      const exited = new Promise((resolve) => server.child.once("exit", resolve));
      server.child.kill("SIGTERM");
      await exited;
    }
  });

  test("says loudly at start-up that mail is not delivered and where it can be read", () => {
    expect(server.output()).toContain("MAIL_TRANSPORT=mailbox: mail is NOT delivered to anyone");
    expect(server.output()).toContain("/dev/mailbox from this machine only");
  });

  test("shows the mailbox to this machine", async () => {
    const response = await fromLoopback.get("/dev/mailbox");
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("Почтовый ящик разработчика");
  });

  test("answers 404 to anyone else, whatever forwarding headers they send", async () => {
    const forged: Record<string, string>[] = [
      {},
      { "x-real-ip": "127.0.0.1" },
      { "x-forwarded-for": "127.0.0.1" },
      { "x-portal-peer": "127.0.0.1" },
    ];
    for (const headers of forged) {
      for (const address of ["/dev/mailbox", `/dev/mailbox/${crypto.randomUUID()}`]) {
        const response = await fromNetwork.get(address, { headers });
        expect(response.status(), `${address} with ${JSON.stringify(headers)}`).toBe(404);
        // The ordinary "page not found", as for any address that does not exist.
        expect(await response.text()).toContain("Страница не найдена");
      }
    }
  });

  test("shows the mailbox to a signed-in administrator from anywhere, not to other staff", async () => {
    const admin = await playwrightRequest.newContext({ baseURL: `http://${outside}:${port}` });
    const supervisor = await playwrightRequest.newContext({ baseURL: `http://${outside}:${port}` });
    try {
      await signInStaff(admin, await createStaff("ADMIN"));
      await signInStaff(supervisor, await createStaff("SUPERVISOR"));
      expect((await admin.get("/dev/mailbox")).status()).toBe(200);
      expect((await supervisor.get("/dev/mailbox")).status()).toBe(404);
    } finally {
      await admin.dispose();
      await supervisor.dispose();
    }
  });

  test("a forged X-Real-IP or X-Forwarded-For gets no fresh per-client budget", async () => {
    // Reading a case by status token: 60 requests a minute per client. An earlier run may have used some.
    const read = (headers: Record<string, string> = {}) =>
      fromNetwork.get("/api/v1/cases/Ж-2000-000001?token=not-a-token", { headers });
    let refused: APIResponse | undefined;
    for (let i = 0; i <= 60 && !refused; i++) {
      const response = await read();
      if (response.status() === 429) refused = response;
      else expect(response.status()).toBe(404);
    }
    expect(refused, "the per-client limit refuses the 61st request").toBeTruthy();
    for (let i = 0; i < 5; i++) {
      const address = `203.0.113.${i + 1}`;
      const forged: Record<string, string>[] = [
        { "x-real-ip": address },
        { "x-forwarded-for": address },
        { "x-real-ip": address, "x-forwarded-for": address },
      ];
      for (const headers of forged) {
        expect((await read(headers)).status(), JSON.stringify(headers)).toBe(429);
      }
    }
  });
});

test.describe("malformed addresses", { tag: "@desktop" }, () => {
  for (const address of [
    "/status/%FF",
    "/api/v1/cases/%FF",
    "/api/attachments/%FF",
    "/console/cases/%FF",
    "/club/%E0%A4%A",
  ]) {
    test(`${address} answers 400 with the security headers`, async ({ request }) => {
      const response = await request.get(address);
      expect(response.status()).toBe(400);
      expectEveryResponseHeader(response);
      expect(response.headers()["content-security-policy"], `a policy on ${response.url()}`).toBeTruthy();
      if (address.startsWith("/api/")) {
        expect(response.headers()["content-type"]).toBe("application/problem+json");
        expect(await response.json()).toMatchObject({
          type: "about:blank",
          title: "Bad Request",
          status: 400,
          detail: expect.stringContaining("В адресе ошибка"),
          instance: address,
        });
      } else {
        expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
        expect(await response.text()).toContain("В адресе ошибка");
      }
    });
  }

  test("the answer is in the language the visitor chose", async ({ request }) => {
    const response = await request.get("/status/%FF", { headers: { cookie: "NEXT_LOCALE=en" } });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("The address is malformed");
  });
});

test(
  "an attachment is served with no referrer, so a link in it cannot carry the status token away",
  { tag: "@desktop" },
  async ({ page }) => {
    const email = `referrer-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@mail.example`;
    await fileComplaintThroughForm(page, {
      lastName: "Смирнова",
      firstName: "Ольга",
      email,
      text: "В отделении работало одно окно из четырёх.",
      hasPhoto: true,
    });

    const statusLink = (await waitForEmail({ to: email })).links.find((href) => href.includes("/status/"));
    await page.goto(statusLink!);
    const photoUrl = await page.getByRole("link", { name: "очередь.png" }).getAttribute("href");
    const served = await page.request.get(photoUrl!);
    expect(served.status()).toBe(200);
    expect(served.headers()["referrer-policy"]).toBe("no-referrer");
    // The rest of the headers every response carries are there too.
    expect(served.headers()["x-frame-options"]).toBe("DENY");
    expect(served.headers()["strict-transport-security"]).toBe(EVERY_RESPONSE["strict-transport-security"]);
  },
);
