import { execFileSync } from "node:child_process";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine is downloaded from Prisma's own host on first use, which offline machines
// cannot reach. This executable speaks the same protocol over the WebAssembly engine shipped on npm.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  import.meta.dirname,
  "scripts",
  "prisma-schema-engine",
  "schema-engine",
);

/** Commands that need no database (generate, validate, format) must not start one. */
function needsDatabase(): boolean {
  const command = process.argv.slice(2).find((arg) => !arg.startsWith("-"));
  return command === "migrate" || command === "db" || command === "studio";
}

/** DATABASE_URL, or the embedded server of this project, started on demand. */
function databaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  if (!needsDatabase()) return "postgresql://localhost/unused";
  const tsx = path.join(import.meta.dirname, "node_modules", "tsx", "dist", "cli.mjs");
  const url = execFileSync(process.execPath, [tsx, path.join(import.meta.dirname, "scripts", "db.ts"), "url"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  }).trim();
  // The seed script runs in a child process and reads the same variable.
  process.env.DATABASE_URL = url;
  return url;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx --conditions=react-server prisma/seed.ts",
  },
  datasource: {
    url: databaseUrl(),
  },
});
