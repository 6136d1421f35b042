"use strict";

// Owns the one WASM SchemaEngine instance of this process and its driver adapter.

const { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } = require("@prisma/driver-adapter-utils");
const { PgMigrationAdapterFactory } = require("./adapter.cjs");
const { UserFacingError, missingUrlError, canConnect } = require("./datasource.cjs");
const { loadSchemaEngineWasm, isWasmPanic } = require("./wasm.cjs");
const { forwardEngineLog } = require("./logger.cjs");

// Errors meaning "there is no usable database", as opposed to errors of the request itself.
const NO_DATABASE_CODES = new Set(["P1000", "P1001", "P1002", "P1003", "P1010", "P1011", "P1012", "P1013"]);

/**
 * The WASM engine queries the database as soon as it is constructed (the native one connects
 * lazily). This adapter answers just that probe, so that requests which never touch a database,
 * e.g. `migrate diff --from-empty --to-schema …`, still work without one; anything else fails
 * with the original connection error.
 */
function offlineAdapterFactory(connectionError) {
  const fail = async () => {
    throw connectionError;
  };
  const adapter = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async queryRaw(query) {
      if (!/^SELECT EXISTS\(SELECT 1 FROM pg_namespace/.test(query.sql)) return fail();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 16.0 (no database connection)", 160000]],
      };
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    async dispose() {},
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => adapter,
    connectToShadowDb: fail,
  };
}

function diffNeedsDatabase(params) {
  const targets = [params?.from, params?.to];
  return targets.some((target) => !target || ["schemaDatasource", "url", "migrations"].includes(target.tag));
}

class EngineHost {
  /**
   * @param {{ datamodels?: [string, string][], datasource: { url?: string, shadowDatabaseUrl?: string } }} options
   */
  constructor({ datamodels, datasource }) {
    this.datamodels = datamodels;
    this.datasource = datasource;
    this.factory = undefined;
    this.boundFactory = undefined;
    this.onlineEngine = undefined;
    this.offlineEngine = undefined;
  }

  /** The engine for a request; `method`/`params` decide whether an offline engine may stand in. */
  async engineFor(method, params) {
    try {
      return await this.getOnlineEngine();
    } catch (error) {
      const mayGoOffline =
        error instanceof UserFacingError &&
        NO_DATABASE_CODES.has(error.code) &&
        method === "diff" &&
        !diffNeedsDatabase(params);
      if (!mayGoOffline) throw error;
      if (!this.offlineEngine) {
        this.offlineEngine = this.construct(bindMigrationAwareSqlAdapterFactory(offlineAdapterFactory(error)));
      }
      return this.offlineEngine;
    }
  }

  async getOnlineEngine() {
    if (!this.onlineEngine) {
      this.onlineEngine = this.connect();
      // A failed attempt is not cached: the next request tries again.
      this.onlineEngine.catch(() => {
        this.onlineEngine = undefined;
      });
    }
    return this.onlineEngine;
  }

  async connect() {
    if (!this.datasource.url) throw missingUrlError();
    // Also validates the URL, so a malformed one is reported as such.
    this.factory ??= new PgMigrationAdapterFactory(this.datasource);
    this.boundFactory ??= bindMigrationAwareSqlAdapterFactory(this.factory);
    try {
      return await this.construct(this.boundFactory);
    } catch (error) {
      if (isWasmPanic(error)) throw error;
      // The engine's own connection errors carry no error code; the CLI keys on P1001, P1003…
      await canConnect(this.datasource.url);
      throw error;
    }
  }

  async construct(boundFactory) {
    const wasm = await loadSchemaEngineWasm();
    return wasm.SchemaEngine.new({ datamodels: this.datamodels }, forwardEngineLog, boundFactory);
  }

  /**
   * JavaScript errors thrown inside the adapter reach the engine only as "External error id#N";
   * the error itself stays in the bound factory's registry.
   */
  registeredError(id) {
    return this.boundFactory?.errorRegistry.consumeError(id)?.error;
  }

  async cleanup() {
    await this.factory?.cleanup();
  }
}

module.exports = { EngineHost };
