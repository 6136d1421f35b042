/**
 * Runs once when a server instance starts: validates the configuration (stopping with a message that names
 * the variable) and, when no DATABASE_URL is set, starts the embedded PostgreSQL of this project.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;

  const { ConfigError, parseConfig } = await import("./lib/config");
  try {
    parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nSee .env.example for every variable. The server is not started.`);
    process.exit(1);
  }

  const { ensureDatabaseUrl } = await import("./lib/db/database-url");
  const database = await ensureDatabaseUrl();
  if (database.isEmbedded) {
    const { logger } = await import("./lib/log/logger");
    logger.info({ started: database.started }, "using the embedded PostgreSQL");
  }
}
