/**
 * The smallest SMTP server that takes mail: on loopback, no TLS, no authentication; it accepts every
 * message and counts it, keeping nothing. A benchmark's sink, so the figures measure the sender: the
 * smtp-server package waits 100 ms before its greeting (to catch clients that talk too soon), which
 * with a connection per message would cap what is measured at ten messages a second per connection.
 */
import net from "node:net";

export type TCountingSmtp = { received: () => number; close: () => Promise<void> };

export async function startCountingSmtp(port: number, host = "127.0.0.1"): Promise<TCountingSmtp> {
  let received = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
    socket.setNoDelay(true);
    let buffer = "";
    let isData = false;
    socket.write("220 bench ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("latin1");
      for (;;) {
        if (isData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) {
            // Keep only what may hold the start of the terminator.
            buffer = buffer.slice(-4);
            return;
          }
          buffer = buffer.slice(end + 5);
          isData = false;
          received++;
          socket.write(`250 OK: queued as ${received}\r\n`);
          continue;
        }
        const lineEnd = buffer.indexOf("\r\n");
        if (lineEnd === -1) return;
        const line = buffer.slice(0, lineEnd);
        buffer = buffer.slice(lineEnd + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") socket.write("250-bench\r\n250 8BITMIME\r\n");
        else if (verb === "DATA") {
          isData = true;
          socket.write("354 End data with <CR><LF>.<CR><LF>\r\n");
        } else if (verb === "QUIT") {
          socket.end("221 Bye\r\n");
          return;
        } else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    received: () => received,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
