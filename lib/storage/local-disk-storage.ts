import "server-only";

import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";

import { assertStorageKey, type FileStorage, type TStoredFile } from "./file-storage";

/** Files on the local disk under `dir` (relative to the working directory), readable by this user only. */
export function localDiskStorage(dir: string): FileStorage {
  const root = path.resolve(dir);
  const publicDir = path.resolve("public");
  const fromPublic = path.relative(publicDir, root);
  // Next.js serves everything under public/ to anyone, bypassing every check of the download route.
  if (fromPublic === "" || (!fromPublic.startsWith("..") && !path.isAbsolute(fromPublic))) {
    throw new Error("The attachment storage must not be inside public/");
  }

  // Two hex characters of fan-out keep any one directory small with millions of files.
  function pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(root, key.slice(0, 2).toLowerCase(), key);
  }

  return {
    async put(key, bytes) {
      const target = pathOf(key);
      const folder = path.dirname(target);
      await mkdir(folder, { recursive: true, mode: 0o700 });
      // Written beside the target and renamed over it (atomic within one file system), and synced first,
      // so neither a reader nor a crash right after the database commit meets a partial file.
      const temp = path.join(folder, `.${key}.${randomUUID()}.tmp`);
      try {
        const handle = await open(temp, "wx", 0o600);
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },

    async get(key): Promise<TStoredFile | null> {
      const file = pathOf(key);
      const stats = await stat(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
      if (!stats) return null;
      // node:stream/web's ReadableStream and the DOM's are one class at run time; only their typings differ.
      const body = Readable.toWeb(createReadStream(file)) as unknown as ReadableStream<Uint8Array>;
      return { body, size: stats.size };
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
