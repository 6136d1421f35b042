"use strict";

// The driver adapter factory handed to the WASM schema engine: @prisma/adapter-pg, with three
// changes the schema engine needs and adapter-pg does not provide.
//
// 1. Scripts (migrations, `db execute`, resets) are sent as ONE simple-protocol query, like the
//    native engine does. adapter-pg's executeScript splits on every ";", which breaks function
//    bodies and string literals, and applies half a migration when a later statement fails.
// 2. Shadow databases: adapter-pg's connectToShadowDb() derives the shadow pool from a config
//    whose connectionString still names the main database, and drops the shadow database while
//    its own pool is still connected. Here the shadow database gets a unique name, its pool
//    really points at it, and it is dropped WITH (FORCE) after the pool has ended. A configured
//    `shadowDatabaseUrl` is used instead when present (and emptied first, as the native engine
//    does).
// 3. A `schema` query parameter of the URL becomes adapter-pg's `schema` option and the
//    connection's search_path.

const { randomUUID } = require("node:crypto");
const pg = require("pg");
const { PrismaPg } = require("@prisma/adapter-pg");
const { ColumnTypeEnum, DriverAdapterError } = require("@prisma/driver-adapter-utils");
const {
  UserFacingError,
  isPgServerError,
  describeUrl,
  pgConfig,
  quoteIdent,
  withClient,
  dropDatabase,
} = require("./datasource.cjs");
const { log } = require("./logger.cjs");

/**
 * Keeps the server's whole error (code, message, detail, hint) so the engine can show it;
 * adapter-pg would reduce e.g. "column x does not exist" to a bare ColumnNotFound.
 */
function toDriverAdapterError(error, adapter) {
  if (isPgServerError(error)) {
    return new DriverAdapterError({
      kind: "postgres",
      code: error.code,
      severity: error.severity,
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
  try {
    adapter.onError(error);
  } catch (mapped) {
    return mapped;
  }
  return error;
}

function patchExecuteScript(adapter, onScriptError) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      if (isPgServerError(error)) onScriptError(error);
      throw toDriverAdapterError(error, adapter);
    }
  };
  return adapter;
}

// The schema engine's catalog queries return PostgreSQL-internal types that adapter-pg refuses
// ("Column type 'char' could not be deserialized") or hands over unparsed. The engine reads the
// one-byte "char" type (pg_class.relkind, pg_constraint.contype, …) as a Rust char and the other
// ones as text. Keys are type OIDs (see pg_type).
const CHAR = 18;
const CHAR_ARRAY = 1002;
const TEXT = 25;
const TEXT_ARRAY = 1009;
const REPORTED_AS = new Map([
  [CHAR, TEXT], // then turned into ColumnTypeEnum.Character below
  [22, TEXT], // int2vector
  [24, TEXT], // regproc
  [28, TEXT], // xid
  [30, TEXT], // oidvector
  [194, TEXT], // pg_node_tree
  [1033, TEXT], // aclitem
  [2202, TEXT], // regprocedure
  [2205, TEXT], // regclass
  [2206, TEXT], // regtype
  [4089, TEXT], // regnamespace
  [CHAR_ARRAY, CHAR_ARRAY], // adapter-pg knows it, but pg leaves the "{a,b}" literal unparsed
  [1003, TEXT_ARRAY], // name[]
  [1034, TEXT_ARRAY], // aclitem[]
]);
const parseTextArray = pg.types.getTypeParser(TEXT_ARRAY, "text");

/**
 * Wraps adapter-pg's queryRaw (of an adapter or a transaction): the query runs first, its result
 * is adjusted, and adapter-pg's own queryRaw then converts it as if it had run the query itself.
 */
function patchCatalogTypes(queryable) {
  const queryRaw = queryable.queryRaw;
  const performIO = queryable.performIO.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await performIO(query);
    const characterColumns = [];
    result.fields.forEach((field, index) => {
      const reportedAs = REPORTED_AS.get(field.dataTypeID);
      if (reportedAs === undefined) return;
      if (field.dataTypeID === CHAR) characterColumns.push(index);
      if (reportedAs === TEXT_ARRAY || reportedAs === CHAR_ARRAY) {
        for (const row of result.rows) {
          if (typeof row[index] === "string") row[index] = parseTextArray(row[index]);
        }
      }
      field.dataTypeID = reportedAs;
    });
    const replay = Object.create(queryable, { performIO: { value: async () => result } });
    const resultSet = await queryRaw.call(replay, query);
    for (const index of characterColumns) resultSet.columnTypes[index] = ColumnTypeEnum.Character;
    return resultSet;
  };
}

function prepare(adapter, onScriptError) {
  patchCatalogTypes(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => {
    const transaction = await startTransaction(...args);
    patchCatalogTypes(transaction);
    return transaction;
  };
  return patchExecuteScript(adapter, onScriptError);
}

function adapterOptions(schema) {
  return schema ? { schema } : undefined;
}

class PgMigrationAdapterFactory {
  /**
   * @param {{ url: string, shadowDatabaseUrl?: string }} datasource
   */
  constructor(datasource) {
    this.url = datasource.url;
    this.shadowDatabaseUrl = datasource.shadowDatabaseUrl || undefined;
    this.info = describeUrl(this.url);
    this.inner = new PrismaPg(pgConfig(this.url), adapterOptions(this.info.schema));
    this.provider = this.inner.provider;
    this.adapterName = this.inner.adapterName;
    this.temporaryShadowDatabases = new Set();
    /** The last PostgreSQL error of a script, kept to explain the engine's terse error messages. */
    this.lastScriptError = undefined;
    this.recordScriptError = (error) => {
      this.lastScriptError = error;
    };
  }

  async connect() {
    return prepare(await this.inner.connect(), this.recordScriptError);
  }

  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) return this.connectToConfiguredShadowDb();
    return this.connectToTemporaryShadowDb();
  }

  async connectToConfiguredShadowDb() {
    const shadow = describeUrl(this.shadowDatabaseUrl);
    if (shadow.location === this.info.location && shadow.database === this.info.database) {
      throw new UserFacingError(
        "P3014",
        "The shadow database you configured appears to be the same as the main database. Please specify another shadow database.",
      );
    }
    // The engine compares schemas including their namespace, so the shadow database must use the
    // main datasource's schema unless its URL names one itself.
    let url = this.shadowDatabaseUrl;
    if (!shadow.schema && this.info.schema) {
      const withSchema = new URL(url);
      withSchema.searchParams.set("schema", this.info.schema);
      url = withSchema.toString();
    }
    const schema = describeUrl(url).schema;
    await resetDatabase(url, schema ?? "public");
    const factory = new PrismaPg(pgConfig(url), adapterOptions(schema));
    return prepare(await factory.connect(), this.recordScriptError);
  }

  async connectToTemporaryShadowDb() {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    try {
      await withClient(this.url, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
    } catch (error) {
      throw new UserFacingError(
        "P3014",
        "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\n" +
          `Original error: ${error.code ? `${error.code}\n` : ""}${error.message}`,
      );
    }
    this.temporaryShadowDatabases.add(name);
    log("INFO", { message: `Created temporary shadow database ${name}` });
    try {
      if (this.info.schema && this.info.schema !== "public") {
        await withClient(
          this.url,
          (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.info.schema)}`),
          { database: name },
        );
      }
      const factory = new PrismaPg(pgConfig(this.url, { database: name }), adapterOptions(this.info.schema));
      const adapter = prepare(await factory.connect(), this.recordScriptError);
      const endPool = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        try {
          await endPool();
        } finally {
          await this.dropTemporaryShadowDb(name);
        }
      };
      return adapter;
    } catch (error) {
      await this.dropTemporaryShadowDb(name);
      throw error;
    }
  }

  async dropTemporaryShadowDb(name) {
    if (!this.temporaryShadowDatabases.has(name)) return;
    this.temporaryShadowDatabases.delete(name);
    try {
      await dropDatabase(this.url, name, { ifExists: true });
      log("INFO", { message: `Dropped temporary shadow database ${name}` });
    } catch (error) {
      log("WARN", { message: `Could not drop the temporary shadow database ${name}: ${error.message}` });
    }
  }

  /** Drops shadow databases the engine did not dispose of (e.g. after an error). */
  async cleanup() {
    await Promise.all([...this.temporaryShadowDatabases].map((name) => this.dropTemporaryShadowDb(name)));
  }
}

/**
 * Empties a configured shadow database: every user schema goes; `public` and the datasource's
 * schema come back empty.
 */
async function resetDatabase(url, schema) {
  await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT nspname FROM pg_namespace
        WHERE nspname NOT IN ('information_schema', 'pg_catalog', 'pg_toast')
          AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'`,
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
    for (const name of new Set(["public", schema]))
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(name)}`);
  });
}

module.exports = { PgMigrationAdapterFactory };
