import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { s3Storage } from "./s3-storage";

const KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";

type TObject = { bytes: Buffer; contentType: string };

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * A minimal S3-compatible store on loopback: path-style PUT, GET and DELETE of whole objects, refusing
 * requests that are not signed. It stands in for MinIO, which this offline machine cannot run; it checks
 * what the portal sends, not S3's own behaviour.
 */
function startFakeS3(): Promise<{
  server: Server;
  endpoint: string;
  objects: Map<string, TObject>;
  requests: string[];
}> {
  const objects = new Map<string, TObject>();
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (!request.headers.authorization?.startsWith("AWS4-HMAC-SHA256 Credential=key-id/")) {
      response.writeHead(403).end();
      return;
    }
    const path = decodeURIComponent(new URL(request.url!, "http://s3").pathname);
    if (request.method === "PUT") {
      objects.set(path, { bytes: await bodyOf(request), contentType: request.headers["content-type"] ?? "" });
      response.writeHead(200, { ETag: '"etag"' }).end();
    } else if (request.method === "GET") {
      const object = objects.get(path);
      if (!object) {
        response.writeHead(404, { "Content-Type": "application/xml" });
        response.end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>missing</Message></Error>');
        return;
      }
      response.writeHead(200, { "Content-Type": object.contentType, "Content-Length": object.bytes.length });
      response.end(object.bytes);
    } else if (request.method === "DELETE") {
      objects.delete(path);
      response.writeHead(204).end();
    } else {
      response.writeHead(405).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, endpoint: `http://127.0.0.1:${port}`, objects, requests });
    }),
  );
}

describe("S3 storage", () => {
  let fake: Awaited<ReturnType<typeof startFakeS3>>;

  beforeAll(async () => {
    fake = await startFakeS3();
  });

  afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));

  function storage() {
    return s3Storage({
      endpoint: fake.endpoint,
      region: "ru-central1",
      bucket: "portal-attachments",
      accessKeyId: "key-id",
      secretAccessKey: "key-secret",
      forcePathStyle: true,
    });
  }

  it("puts an object with its type, reads it back and deletes it", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7 receipt");
    await storage().put(KEY, bytes, "application/pdf");

    const stored = fake.objects.get(`/portal-attachments/${KEY}`);
    expect(stored?.contentType).toBe("application/pdf");
    expect(stored?.bytes.toString()).toBe("%PDF-1.7 receipt");

    const file = await storage().get(KEY);
    expect(file?.size).toBe(bytes.byteLength);
    expect(await new Response(file!.body).text()).toBe("%PDF-1.7 receipt");

    await storage().delete(KEY);
    expect(fake.objects.has(`/portal-attachments/${KEY}`)).toBe(false);
    expect(await storage().get(KEY)).toBeNull();
    expect(fake.requests.map((r) => r.split("?")[0])).toEqual([
      `PUT /portal-attachments/${KEY}`,
      `GET /portal-attachments/${KEY}`,
      `DELETE /portal-attachments/${KEY}`,
      `GET /portal-attachments/${KEY}`,
    ]);
  });

  it("refuses keys that are not the portal's own before sending anything", async () => {
    const before = fake.requests.length;
    await expect(storage().put("../other-bucket/x", new Uint8Array([1]), "image/png")).rejects.toThrow(
      "Invalid storage key",
    );
    expect(fake.requests).toHaveLength(before);
  });
});
