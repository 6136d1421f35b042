import type { ChildProcess } from "node:child_process";

/**
 * Ties a script's life to the portal server process it started: SIGINT or SIGTERM stop the server, which
 * finishes its requests and jobs (a few seconds at most), and once the server has exited, for whatever
 * reason, `cleanUp` runs and the script exits: with 0 when it was told to stop, else with the server's own
 * code, or `signalledCode` when a signal from elsewhere ended the server.
 */
export function exitWithServer(server: ChildProcess, cleanUp: () => Promise<void>, signalledCode: number): void {
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let isStopping = false;
  const stop = async (code: number) => {
    if (isStopping) return;
    isStopping = true;
    // The server may have exited already (then "exit" has fired): wait on the promise, not the event.
    if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
    await exited;
    await cleanUp();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  void exited.then(() => stop(server.exitCode ?? signalledCode));
}
