import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { parseConfig } from "@/lib/config";

import { storageFromConfig } from "./get-storage";

describe("storageFromConfig", () => {
  it("keeps files in STORAGE_DIR on the local disk by default", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "storage-config-"));
    try {
      const storage = storageFromConfig(parseConfig({ STORAGE_DIR: dir }));
      await storage.put("0f8fad5b-d9cb-469f-a165-70867728950e", new Uint8Array([1]), "image/png");
      expect((await storage.get("0f8fad5b-d9cb-469f-a165-70867728950e"))?.size).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses a STORAGE_DIR inside public/", () => {
    expect(() => storageFromConfig(parseConfig({ STORAGE_DIR: "public/uploads" }))).toThrow(
      "must not be inside public/",
    );
  });

  it("talks to the S3 endpoint when STORAGE_DRIVER=s3", async () => {
    const storage = storageFromConfig(
      parseConfig({
        STORAGE_DRIVER: "s3",
        S3_ENDPOINT: "http://127.0.0.1:9",
        S3_REGION: "ru-central1",
        S3_BUCKET: "portal",
        S3_ACCESS_KEY_ID: "id",
        S3_SECRET_ACCESS_KEY: "secret",
      }),
    );
    // Nothing listens on the discard port: the local disk would have answered null, S3 fails to connect.
    await expect(storage.get("0f8fad5b-d9cb-469f-a165-70867728950e")).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});
