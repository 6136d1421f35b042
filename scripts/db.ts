/**
 * The embedded PostgreSQL from the command line.
 *   tsx scripts/db.ts url     start it if needed, print the application database URL
 *   tsx scripts/db.ts stop    stop it
 */
import { defaultEmbeddedRoot, ensureEmbeddedPostgres, stopEmbeddedPostgres } from "../lib/db/embedded-postgres";

async function main() {
  const [command = "url"] = process.argv.slice(2);
  const root = defaultEmbeddedRoot();
  if (command === "url") {
    const db = await ensureEmbeddedPostgres(root);
    process.stdout.write(`${db.url}\n`);
  } else if (command === "start") {
    const db = await ensureEmbeddedPostgres(root);
    console.error(
      db.started ? `PostgreSQL started on 127.0.0.1:${db.port}` : `PostgreSQL already runs on 127.0.0.1:${db.port}`,
    );
  } else if (command === "stop") {
    console.error((await stopEmbeddedPostgres(root)) ? "PostgreSQL stopped" : "PostgreSQL was not running");
  } else {
    console.error(`Unknown command "${command}". Use: url | start | stop`);
    process.exit(2);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
