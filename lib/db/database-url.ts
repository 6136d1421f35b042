import { defaultEmbeddedRoot, ensureEmbeddedPostgres } from "./embedded-postgres";

/**
 * DATABASE_URL when it is set; otherwise the project's embedded PostgreSQL, started if needed, whose URL
 * is then put into DATABASE_URL for this process and its children.
 */
export async function ensureDatabaseUrl(): Promise<{ url: string; isEmbedded: boolean; started: boolean }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, isEmbedded: false, started: false };
  const embedded = await ensureEmbeddedPostgres(defaultEmbeddedRoot());
  process.env.DATABASE_URL = embedded.url;
  return { url: embedded.url, isEmbedded: true, started: embedded.started };
}
