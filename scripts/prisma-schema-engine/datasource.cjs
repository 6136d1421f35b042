"use strict";

// Connection strings, plain `pg` connections and the user-facing connection errors (P1xxx) that
// the native engine reports. The WASM engine only knows the one database behind its driver
// adapter, so everything that touches other databases (create, drop, shadow databases, the
// connectivity check) is done here with `pg` directly.

const { Client } = require("pg");

class UserFacingError extends Error {
  constructor(code, message, meta = {}) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
    this.meta = meta;
  }
}

// Query parameters that Prisma documents for PostgreSQL URLs but `pg` does not understand; left in
// place, pg-connection-string would copy them into the client config.
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connect_timeout",
  "connection_limit",
  "pool_timeout",
  "socket_timeout",
  "statement_cache_size",
  "pgbouncer",
  "sslaccept",
];

const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

function missingUrlError() {
  return new UserFacingError("P1012", "The datasource URL is missing. Set `datasource.url` in prisma.config.ts.");
}

function parseUrl(url) {
  if (typeof url !== "string" || url.length === 0) throw missingUrlError();
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new UserFacingError("P1013", "The provided database string is invalid. The URL could not be parsed.");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new UserFacingError(
      "P1013",
      `The provided database string is invalid. This engine only supports PostgreSQL URLs (postgresql://…), got \`${parsed.protocol}\`.`,
    );
  }
  return parsed;
}

/**
 * Everything the engine needs to know about one PostgreSQL datasource URL.
 */
function describeUrl(url) {
  const parsed = parseUrl(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  const schema = parsed.searchParams.get("schema") || undefined;
  const timeoutParam = parsed.searchParams.get("connect_timeout");
  const connectTimeoutSeconds = timeoutParam === null ? DEFAULT_CONNECT_TIMEOUT_SECONDS : Number(timeoutParam);
  const host = parsed.searchParams.get("host") || parsed.hostname || "localhost";
  const port = parsed.searchParams.get("port") || parsed.port || "5432";
  return {
    url,
    database,
    schema,
    user: decodeURIComponent(parsed.username) || parsed.searchParams.get("user") || process.env.USER || "postgres",
    location: `${host}:${port}`,
    host,
    port,
    connectTimeoutMillis: Number.isFinite(connectTimeoutSeconds) ? connectTimeoutSeconds * 1000 : 5000,
  };
}

function escapeOptionValue(value) {
  return value.replace(/\\/g, "\\\\").replace(/ /g, "\\ ");
}

/**
 * A `pg` pool/client config for the given URL, optionally pointed at another database on the
 * same server. The database and the search_path must be put into the connection string itself:
 * pg lets fields parsed from `connectionString` override the separate config fields.
 */
function pgConfig(url, { database } = {}) {
  const info = describeUrl(url);
  const target = parseUrl(url);
  for (const param of PRISMA_ONLY_PARAMS) target.searchParams.delete(param);
  target.pathname = `/${encodeURIComponent(database ?? info.database)}`;
  if (info.schema) {
    const quoted = `"${info.schema.replace(/"/g, '""')}"`;
    const existing = target.searchParams.get("options");
    const searchPath = `-c search_path=${escapeOptionValue(quoted)}`;
    target.searchParams.set("options", existing ? `${existing} ${searchPath}` : searchPath);
  }
  return {
    connectionString: target.toString(),
    connectionTimeoutMillis: info.connectTimeoutMillis,
  };
}

function isPgServerError(error) {
  return Boolean(error) && typeof error.code === "string" && typeof error.severity === "string";
}

/** A PostgreSQL error as the native engine's driver renders it. */
function pgErrorText(error) {
  let text = `${error.severity}: ${error.message}`;
  if (error.detail) text += `\nDETAIL: ${error.detail}`;
  if (error.hint) text += `\nHINT: ${error.hint}`;
  return text;
}

function dbErrorMessage(error) {
  return isPgServerError(error) ? new Error(`db error: ${pgErrorText(error)}`) : error;
}

function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ECONNRESET",
]);

/**
 * Translates a `pg` connection error into the user-facing error the native engine would report,
 * or returns the error untouched when there is no such equivalent.
 */
function toConnectionError(error, info, database = info.database) {
  if (!error || error instanceof UserFacingError) return error;
  const message = String(error.message || error);
  switch (error.code) {
    case "3D000":
      return new UserFacingError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${info.location}\`.`,
        { database_name: database, database_location: info.location },
      );
    case "28P01":
      return new UserFacingError(
        "P1000",
        `Authentication failed against database server, the provided database credentials for \`${info.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
        { database_user: info.user, database_host: info.host, database_port: info.port },
      );
    case "28000":
      return new UserFacingError("P1010", `User \`${info.user}\` was denied access on the database \`${database}\``, {
        database_user: info.user,
        database_name: database,
      });
    case "ETIMEDOUT":
      return timeoutError(info);
    default:
      break;
  }
  if (UNREACHABLE_CODES.has(error.code)) {
    return new UserFacingError(
      "P1001",
      `Can't reach database server at \`${info.location}\`\n\nPlease make sure your database server is running at \`${info.location}\`.`,
      { database_host: info.host, database_port: info.port },
    );
  }
  if (/timeout/i.test(message) && /connect/i.test(message)) return timeoutError(info);
  if (/SSL|TLS|certificate/i.test(message) && !error.severity) {
    return new UserFacingError("P1011", `Error opening a TLS connection: ${message}`, { message });
  }
  return error;
}

function timeoutError(info) {
  return new UserFacingError(
    "P1002",
    `The database server at \`${info.location}\` was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at \`${info.location}\`.`,
    { database_host: info.host, database_port: info.port },
  );
}

/**
 * Opens a single connection, runs `work(client)` and always closes it again. Connection failures
 * come back as the native engine's user-facing errors.
 */
async function withClient(url, work, { database } = {}) {
  const info = describeUrl(url);
  const client = new Client(pgConfig(url, { database }));
  // An idle client that loses its server would otherwise crash the process with an 'error' event.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw toConnectionError(error, info, database ?? info.database);
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

async function canConnect(url) {
  await withClient(url, (client) => client.query("SELECT 1"));
}

/**
 * Runs `work` on a connection to a maintenance database of the server the URL points at (for
 * CREATE/DROP DATABASE, which cannot run inside the database concerned).
 */
async function withMaintenanceClient(url, work) {
  let lastError;
  for (const database of ["postgres", "template1"]) {
    try {
      return await withClient(url, work, { database });
    } catch (error) {
      if (!(error instanceof UserFacingError && error.code === "P1003")) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

async function createDatabase(url) {
  const info = describeUrl(url);
  await withMaintenanceClient(url, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(info.database)}`);
    } catch (error) {
      if (error.code === "42P04") {
        throw new UserFacingError(
          "P1009",
          `Database \`${info.database}\` already exists on the database server at \`${info.location}\``,
          { database_name: info.database, database_host: info.host, database_port: info.port },
        );
      }
      throw error;
    }
  });
  if (info.schema && info.schema !== "public") {
    await withClient(url, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(info.schema)}`));
  }
  return info.database;
}

/**
 * Drops a database even while connections to it are still open. `WITH (FORCE)` needs
 * PostgreSQL 13; older servers get their backends terminated first.
 */
async function dropDatabase(url, database, { force = true, ifExists = false } = {}) {
  const info = describeUrl(url);
  const name = database ?? info.database;
  const runner = database === undefined ? withMaintenanceClient : (u, work) => withClient(u, work);
  await runner(url, async (client) => {
    const prefix = `DROP DATABASE ${ifExists ? "IF EXISTS " : ""}${quoteIdent(name)}`;
    if (!force) {
      await client.query(prefix);
      return;
    }
    try {
      await client.query(`${prefix} WITH (FORCE)`);
    } catch (error) {
      if (error.code !== "42601") throw error;
      await client.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      );
      await client.query(prefix);
    }
  });
}

module.exports = {
  UserFacingError,
  missingUrlError,
  isPgServerError,
  pgErrorText,
  dbErrorMessage,
  describeUrl,
  pgConfig,
  quoteIdent,
  toConnectionError,
  withClient,
  canConnect,
  createDatabase,
  dropDatabase,
};
