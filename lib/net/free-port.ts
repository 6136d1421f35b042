import net from "node:net";

/**
 * A TCP port free on 127.0.0.1: `preferred` when nothing listens on it, otherwise one the system picks. The
 * port is released before this returns, so whoever takes it next should do so at once.
 */
export async function freePort(preferred?: number): Promise<number> {
  const tryListen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.once("error", reject);
      server.listen({ port, host: "127.0.0.1" }, () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : port;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    try {
      return await tryListen(preferred);
    } catch {
      // Taken by something else: fall through to any free port.
    }
  }
  return tryListen(0);
}
