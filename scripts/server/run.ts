/**
 * Runs the portal's server (portal-server.ts) as a process: `node --import tsx scripts/server/run.ts
 * [--dev]` in the project folder, with PORT (3000) and HOSTNAME or HOST (127.0.0.1). The environment is
 * the caller's: `npm start` (scripts/serve.ts) prepares it; tests and benchmarks set their own.
 */
import path from "node:path";

import { listenHostname, listenPort, startPortalServer } from "./portal-server";

const SHUTDOWN_MS = 10_000;

async function main() {
  const isDev = process.argv.includes("--dev");
  const portal = await startPortalServer({
    isDev,
    dir: path.resolve(import.meta.dirname, "..", ".."),
    hostname: listenHostname(process.env),
    port: listenPort(process.env),
  });
  console.log(`\u25B8 the ${isDev ? "development" : "production"} server is listening on ${portal.url}`);

  let isStopping = false;
  const stop = () => {
    if (isStopping) return;
    isStopping = true;
    // Requests in flight may finish; a connection kept open by a client does not hold the exit up for ever.
    setTimeout(() => process.exit(0), SHUTDOWN_MS).unref();
    portal.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
