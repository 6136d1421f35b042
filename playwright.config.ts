import { defineConfig, devices } from "@playwright/test";

const port = process.env.E2E_PORT ?? "3100";

// Debian's Chromium: Playwright cannot download its own browser on machines without internet access.
const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // Two workers, the server and PostgreSQL share two cores: a page's answer can take longer than the default
  // five seconds without anything being wrong, and an assertion still fails when the answer never comes.
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "ru-RU",
    trace: "retain-on-failure",
    launchOptions: chromium,
  },
  projects: [
    // Start-up, authorization and API checks are not about screens: they run once, with the desktop project.
    {
      name: "phone",
      use: { ...devices["Pixel 7"], launchOptions: chromium },
      grepInvert: /@desktop/,
      testIgnore: /(startup|authorization|console-flow|[\\/]api)\.spec\.ts/,
    },
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions: chromium } },
  ],
  webServer: {
    command: "node node_modules/tsx/dist/cli.mjs scripts/test/e2e-server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
