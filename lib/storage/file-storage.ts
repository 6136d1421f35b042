/**
 * Where uploaded files live. The database holds what a file is and whose it is; a storage only keeps bytes
 * under an opaque key, so a driver can be swapped without touching the rows.
 */

export type TStoredFile = {
  /** The bytes, streamed: files are up to 10 MB and should not be held in memory to be served. */
  body: ReadableStream<Uint8Array>;
  size: number;
};

export interface FileStorage {
  /** Writes the bytes under the key; a reader never sees a half-written file. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when nothing is stored under the key. */
  get(key: string): Promise<TStoredFile | null>;
  /** Removes the file; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

// Keys are made by the portal (random UUIDs), never from user input; the pattern also keeps a key from
// naming a path outside the storage.
const STORAGE_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{7,127}$/;

export function assertStorageKey(key: string): void {
  if (!STORAGE_KEY.test(key)) throw new Error("Invalid storage key");
}
