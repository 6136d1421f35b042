import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { localDiskStorage } from "./local-disk-storage";

const KEY = "0f8fad5b-d9cb-469f-a165-70867728950e";

async function text(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

describe("local disk storage", () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "storage-test-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes, reads back and deletes a file", async () => {
    const storage = localDiskStorage(path.join(dir, "uploads"));
    await storage.put(KEY, new TextEncoder().encode("%PDF-1.4 scan"), "application/pdf");

    const file = await storage.get(KEY);
    expect(file?.size).toBe(13);
    expect(await text(file!.body)).toBe("%PDF-1.4 scan");

    await storage.delete(KEY);
    expect(await storage.get(KEY)).toBeNull();
    await expect(storage.delete(KEY)).resolves.toBeUndefined();
  });

  it("keeps files out of reach of other users and leaves no temporary files behind", async () => {
    const root = path.join(dir, "private");
    const storage = localDiskStorage(root);
    await storage.put(KEY, new Uint8Array([1, 2, 3]), "image/png");

    const folder = path.join(root, KEY.slice(0, 2));
    expect((await stat(root)).mode & 0o777).toBe(0o700);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(folder, KEY))).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual([KEY]);
    expect([...(await readFile(path.join(folder, KEY)))]).toEqual([1, 2, 3]);
  });

  it("replaces a file whole when the same key is written again", async () => {
    const storage = localDiskStorage(path.join(dir, "again"));
    await storage.put(KEY, new TextEncoder().encode("first version"), "application/pdf");
    await storage.put(KEY, new TextEncoder().encode("second"), "application/pdf");
    const file = await storage.get(KEY);
    expect(file?.size).toBe(6);
    expect(await text(file!.body)).toBe("second");
  });

  it("answers null for a key that was never written", async () => {
    expect(await localDiskStorage(path.join(dir, "empty")).get(KEY)).toBeNull();
  });

  it.each(["../../etc/passwd", "a/b", "..", "short", ""])("refuses the key %j", async (key) => {
    const storage = localDiskStorage(path.join(dir, "keys"));
    await expect(storage.put(key, new Uint8Array([1]), "image/png")).rejects.toThrow("Invalid storage key");
    await expect(storage.get(key)).rejects.toThrow("Invalid storage key");
  });

  it.each(["public", "public/uploads", "./public/../public/files"])("refuses to store under %s", (dir) => {
    expect(() => localDiskStorage(dir)).toThrow("must not be inside public/");
  });

  it("accepts a folder whose name merely starts with public", () => {
    expect(() => localDiskStorage("public-uploads")).not.toThrow();
  });
});
