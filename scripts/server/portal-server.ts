/**
 * The portal's HTTP server: Next.js (the production build, or the development server) behind a plain
 * Node.js server that does two things before Next.js sees a request. It writes the connection's own
 * address into PEER_HEADER, dropping any copy the client sent (and X-Real-IP, which no part of the portal
 * sets): with no proxy in front that is the only client address believed (lib/http/client-ip.ts). And it
 * answers a malformed path itself (malformed-path.ts). `npm start` runs it, and so do the end-to-end
 * tests, the fault runs and the benchmarks (run.ts), so all of them test the server that is deployed.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import path from "node:path";

import { PEER_HEADER, trustPeerHeader } from "../../lib/http/client-ip";
import { answerMalformedPath, isMalformedPath } from "./malformed-path";

export const DEFAULT_HOSTNAME = "127.0.0.1";

type TEnv = Record<string, string | undefined>;

/**
 * Where to listen: HOSTNAME, else HOST, else loopback only. Answering other machines is a choice made in
 * the configuration (behind a proxy, or HOSTNAME=0.0.0.0), never a default.
 */
export function listenHostname(env: TEnv): string {
  return env.HOSTNAME?.trim() || env.HOST?.trim() || DEFAULT_HOSTNAME;
}

export function listenPort(env: TEnv): number {
  const value = env.PORT?.trim() || "3000";
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${value}"`);
  return port;
}

/** The connection's address, from the connection; a client's own say about it is dropped. */
export function admitRequest(request: IncomingMessage): void {
  delete request.headers["x-real-ip"];
  const peer = request.socket.remoteAddress;
  if (peer) request.headers[PEER_HEADER] = peer;
  else delete request.headers[PEER_HEADER];
}

/** The node arguments that run this server (run.ts), for the scripts that start it as a process. */
export function portalServerArgs({
  isDev = false,
  nodeFlags = [],
}: { isDev?: boolean; nodeFlags?: string[] } = {}): string[] {
  return [...nodeFlags, "--import", "tsx", path.join(import.meta.dirname, "run.ts"), ...(isDev ? ["--dev"] : [])];
}

export type TPortalServer = { server: Server; url: string; close: () => Promise<void> };

export async function startPortalServer({
  isDev,
  dir,
  hostname,
  port,
}: {
  isDev: boolean;
  dir: string;
  hostname: string;
  port: number;
}): Promise<TPortalServer> {
  // React and Next.js choose their production or development build by NODE_ENV as they load, as `next start` and `next dev` set it.
  Object.assign(process.env, { NODE_ENV: isDev ? "development" : "production" });
  const isProduction = !isDev;
  trustPeerHeader();
  const { default: next } = await import("next");
  const app = next({ dev: isDev, dir, hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((request, response) => {
    if (isMalformedPath(request.url)) return answerMalformedPath(request, response, { isProduction });
    admitRequest(request);
    handle(request, response).catch((error: unknown) => {
      console.error(`Failed to handle a request for ${request.url}`, error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const shown = typeof address === "object" && address ? address : { address: hostname, port, family: "IPv4" };
  const host = shown.family === "IPv6" ? `[${shown.address}]` : shown.address;
  return {
    server,
    url: `http://${host}:${shown.port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await app.close();
    },
  };
}
