import { ConfigError, parseConfig } from "./config";
import { ensureDatabaseUrl } from "./db/database-url";
import { logger } from "./log/logger";

/** Start-up of a Node.js server instance; see instrumentation.ts. */
export async function registerNode() {
  try {
    parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nSee .env.example for every variable. The server is not started.`);
    process.exit(1);
  }
  const database = await ensureDatabaseUrl();
  if (database.isEmbedded) logger.info({ started: database.started }, "using the embedded PostgreSQL");
}
