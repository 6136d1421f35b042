"use strict";

// The JSON-RPC 2.0 server the Prisma CLI talks to: one request per line on stdin, one response per
// line on stdout. Requests run one at a time, in order, like in the native engine.

const readline = require("node:readline");
const { EngineHost } = require("./engine-host.cjs");
const {
  UserFacingError,
  missingUrlError,
  withClient,
  createDatabase,
  pgErrorText,
  dbErrorMessage,
} = require("./datasource.cjs");
const { loadSchemaEngineWasm, isWasmPanic, takePanicMessage } = require("./wasm.cjs");
const { log } = require("./logger.cjs");

// JSON-RPC methods that the WASM engine implements under the same name and with the same params.
const PASS_THROUGH = new Set([
  "applyMigrations",
  "createMigration",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

// Methods that need the schema the migrations directory produces (see withMigrationsSchema).
const NEED_MIGRATIONS_SCHEMA = new Set(["evaluateDataLoss", "createMigration"]);
const SHADOW_UNAVAILABLE = /shadow DB must be provided through an external factory/;

// Error code the native engine uses for every failed request.
const SERVER_ERROR_CODE = 4466;

class MethodNotFound extends Error {}

function rpcError(error) {
  if (error instanceof MethodNotFound) return { code: -32601, message: error.message };
  const data = { is_panic: false, message: String(error?.message ?? error) };
  if (typeof error?.code === "string" && /^P\d{4}$/.test(error.code)) {
    data.meta = error.meta ?? {};
    data.error_code = error.code;
  } else {
    data.backtrace = null;
  }
  return { code: SERVER_ERROR_CODE, message: "An error happened. Check the data field for details.", data };
}

/**
 * When a script fails, the WASM engine only reports adapter-pg's summary of the error
 * ("external connector error / … column not found: x"). With the PostgreSQL error that caused
 * it, a failed migration becomes the native engine's P3018, and other messages get the
 * database's own wording back.
 */
function explainScriptError(method, error, pgError) {
  const message = error?.message;
  if (!pgError || typeof message !== "string" || !message.includes("external connector error")) return error;
  const databaseError = pgErrorText(pgError);
  const failedMigration = /apply_migration::apply_script\s+with migration_name="([^"]+)"/.exec(message);
  if (method === "applyMigrations" && failedMigration && !error.code) {
    const migrationName = failedMigration[1];
    return new UserFacingError(
      "P3018",
      "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
        `Migration name: ${migrationName}\n\nDatabase error code: ${pgError.code}\n\nDatabase error:\n${databaseError}\n`,
      { migration_name: migrationName, database_error_code: pgError.code, database_error: databaseError },
    );
  }
  error.message = message.replace(/external connector error\n[^\n]*/, () => `db error: ${databaseError}`);
  return error;
}

class RpcServer {
  constructor({ datamodels, datasource }) {
    this.datasource = datasource;
    this.host = new EngineHost({ datamodels, datasource });
    this.queue = Promise.resolve();
    this.nextOutgoingId = 1;
    this.pendingOutgoing = new Map();
  }

  start() {
    log("INFO", { message: "Starting schema engine RPC server" });
    const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
    lines.on("line", (line) => this.onLine(line));
    lines.on("close", () => {
      this.queue.then(() => this.shutdown(0));
    });
    for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => this.shutdown(0));
    process.on("uncaughtException", (error) => this.onUncaught(error));
    process.on("unhandledRejection", (error) => this.onUncaught(error));
  }

  send(message) {
    process.stdout.write(JSON.stringify(message) + "\n");
  }

  onLine(line) {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      this.send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    if (typeof message.method === "string") {
      this.queue = this.queue.then(() => this.handleRequest(message));
      return;
    }
    // A response to one of our own requests (`print`).
    const pending = this.pendingOutgoing.get(message.id);
    if (pending) {
      this.pendingOutgoing.delete(message.id);
      pending(message);
    }
  }

  async handleRequest({ id, method, params }) {
    if (this.host.factory) this.host.factory.lastScriptError = undefined;
    try {
      if (this.panicked) throw this.panicked;
      // A panic inside a callback of the WASM engine surfaces as an uncaught exception instead of
      // rejecting the engine's promise, which then never settles (see onUncaught).
      const panicked = new Promise((_, reject) => {
        this.rejectCurrentRequest = reject;
      });
      const result = await Promise.race([this.dispatch(method, params), panicked]).finally(() => {
        this.rejectCurrentRequest = undefined;
      });
      if (id !== undefined) this.send({ jsonrpc: "2.0", id, result: result ?? {} });
    } catch (caught) {
      let response;
      if (caught === this.panicked || isWasmPanic(caught)) {
        response = this.panicError(caught);
      } else {
        const error = explainScriptError(method, this.withJsError(caught), this.host.factory?.lastScriptError);
        log("INFO", { message: `${method} failed: ${error?.message ?? error}` });
        response = rpcError(error);
      }
      if (id !== undefined) this.send({ jsonrpc: "2.0", id, error: response });
    }
  }

  /**
   * Errors nobody awaited (a panic in a WASM callback, an error event of a pg connection) fail
   * the request in progress. Exiting instead would leave Prisma's CLI waiting for good.
   */
  onUncaught(error) {
    if (this.rejectCurrentRequest) {
      this.rejectCurrentRequest(error);
      return;
    }
    log("WARN", { message: `Uncaught error between requests: ${error?.stack ?? error}` });
  }

  /** Puts the JavaScript error behind an engine's "External error id#N" back into the message. */
  withJsError(error) {
    const message = error?.message;
    const match = typeof message === "string" && /External error id#(\d+)/.exec(message);
    const jsError = match && this.host.registeredError(Number(match[1]));
    if (!jsError) return error;
    if (jsError instanceof UserFacingError) return jsError;
    error.message = message.replace(match[0], () => String(jsError.message ?? jsError));
    return error;
  }

  /**
   * After a Rust panic the WASM instance must not be used again, so this and every later request
   * gets the panic as its answer. The process deliberately keeps running until the CLI closes
   * stdin: Prisma 7.10's CLI waits forever (and then exits 0 without a word) when the engine
   * exits before the CLI stops it.
   */
  panicError(error) {
    if (!this.panicked) {
      const message = takePanicMessage() ?? String(error?.message ?? error);
      this.panicked = { message, backtrace: error?.stack ?? "" };
      log("ERROR", { is_panic: true, message, backtrace: this.panicked.backtrace }, "schema_engine::logger");
    }
    const { message, backtrace } = this.panicked;
    return { code: SERVER_ERROR_CODE, message, data: { is_panic: true, message, backtrace } };
  }

  async dispatch(method, params) {
    if (NEED_MIGRATIONS_SCHEMA.has(method)) return this.withMigrationsSchema(method, params);
    if (PASS_THROUGH.has(method)) {
      const engine = await this.host.engineFor(method, params);
      return engine[method](params);
    }
    switch (method) {
      case "diff":
        return this.diff(params);
      case "getDatabaseVersion":
        return (await this.host.engineFor(method, params)).version(params ?? null);
      case "createDatabase":
        return { databaseName: await createDatabase(this.urlOf(params?.datasource)) };
      case "dbExecute":
        return this.dbExecute(params);
      case "debugPanic":
        return (await this.host.engineFor(method, params)).debugPanic();
      case "version":
        return (await loadSchemaEngineWasm()).version();
      default:
        throw new MethodNotFound(`Method not found: ${method} is not supported by the WASM schema engine bridge`);
    }
  }

  /**
   * The WASM engine gives evaluateDataLoss and createMigration no shadow database: they only work
   * when an earlier request of this process already computed the schema of exactly these
   * migrations. devDiagnostic does that for the migrations applied at that time, so after
   * `migrate dev` has applied pending migrations the cache misses. diagnoseMigrationHistory
   * (which has the shadow database) fills it for the now fully applied list; then retry once.
   */
  async withMigrationsSchema(method, params) {
    const engine = await this.host.engineFor(method, params);
    try {
      return await engine[method](params);
    } catch (error) {
      if (!SHADOW_UNAVAILABLE.test(error?.message ?? "")) throw error;
      log("INFO", { message: `${method}: computing the migrations' schema on a shadow database first` });
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      });
      return engine[method](params);
    }
  }

  /**
   * The native engine prints the diff itself, through a `print` request to the CLI, and returns
   * no stdout; the WASM engine returns the text instead.
   */
  async diff(params) {
    const engine = await this.host.engineFor("diff", params);
    const { exitCode, stdout } = await engine.diff(params);
    if (stdout) await this.print(stdout.endsWith("\n") ? stdout.slice(0, -1) : stdout);
    return { exitCode, stdout: null };
  }

  print(content) {
    const id = this.nextOutgoingId++;
    return new Promise((resolve) => {
      this.pendingOutgoing.set(id, resolve);
      this.send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });
  }

  /** `db execute`: the script goes to the database as one simple-protocol query, like natively. */
  async dbExecute(params) {
    const source = params?.datasourceType;
    const url = source?.tag === "url" ? source.url : this.datasource.url;
    if (!url) throw missingUrlError();
    await withClient(url, async (client) => {
      try {
        await client.query(params.script);
      } catch (error) {
        throw dbErrorMessage(error);
      }
    });
    return {};
  }

  /** The URL of a `DatasourceParam`; Prisma 7 schemas carry no URL, so `Schema` means the config's. */
  urlOf(datasourceParam) {
    if (datasourceParam?.tag === "ConnectionString") return datasourceParam.url;
    return this.datasource.url;
  }

  async shutdown(code) {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    await this.host.cleanup().catch(() => {});
    process.exit(code);
  }
}

module.exports = { RpcServer };
