"use strict";

// Command line of the native `schema-engine` binary, as Prisma 7.10's CLI invokes it:
//   schema-engine --datasource '<json>' [--datamodels <path>]…        JSON-RPC server on stdio
//   schema-engine --datasource '<json>' cli <can-connect-to-database|create-database|drop-database>
//   schema-engine --version

const fs = require("node:fs");
const { log, captureStrayOutput } = require("./logger.cjs");

const USAGE = `Usage: schema-engine [--datamodels <FILE>…] [--datasource <JSON>] [cli <SUBCOMMAND>]

Speaks the native Prisma schema engine's protocol, backed by @prisma/schema-engine-wasm and
@prisma/adapter-pg. Without a subcommand it serves JSON-RPC 2.0 on stdin/stdout.

Subcommands of \`cli\`: can-connect-to-database, create-database, drop-database
`;

// Options of the native binary that the WASM engine has no use for; their values are skipped.
const IGNORED_OPTIONS_WITH_VALUE = new Set(["--enabled-preview-features", "--extension-types"]);

function parseArgs(argv) {
  const args = { datamodelPaths: [], datasource: {}, cli: undefined, version: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-d" || arg === "--datamodels" || arg === "--datamodel") {
      while (i + 1 < argv.length && !argv[i + 1].startsWith("-") && argv[i + 1] !== "cli") {
        args.datamodelPaths.push(argv[++i]);
      }
    } else if (arg.startsWith("--datamodels=")) {
      args.datamodelPaths.push(arg.slice("--datamodels=".length));
    } else if (arg === "--datasource") {
      args.datasource = parseDatasource(argv[++i]);
    } else if (arg.startsWith("--datasource=")) {
      args.datasource = parseDatasource(arg.slice("--datasource=".length));
    } else if (IGNORED_OPTIONS_WITH_VALUE.has(arg)) {
      i++;
    } else if (arg === "-V" || arg === "--version") {
      args.version = true;
    } else if (arg === "-h" || arg === "--help") {
      args.help = true;
    } else if (arg === "cli") {
      args.cli = argv[i + 1] ?? "";
      break;
    } else if (![...IGNORED_OPTIONS_WITH_VALUE].some((option) => arg.startsWith(`${option}=`))) {
      throw new Error(`Unexpected argument: ${arg}`);
    }
  }
  return args;
}

function parseDatasource(json) {
  if (json === undefined) throw new Error("--datasource needs a JSON value");
  const value = JSON.parse(json);
  return value && typeof value === "object" ? value : {};
}

function readDatamodels(paths) {
  if (paths.length === 0) return undefined;
  return paths.map((path) => [path, fs.readFileSync(path, "utf8")]);
}

async function runCliCommand(command, datasource) {
  const { canConnect, createDatabase, dropDatabase, dbErrorMessage, missingUrlError } = require("./datasource.cjs");
  // The CLI skips the first stderr line of a one-shot command and parses the rest as JSON.
  log("INFO", { message: "Starting schema engine CLI" });
  try {
    if (!datasource.url) throw missingUrlError();
    switch (command) {
      case "can-connect-to-database":
        await canConnect(datasource.url);
        log("INFO", { message: "Connection successful" });
        break;
      case "create-database": {
        const name = await createDatabase(datasource.url);
        log("INFO", { message: `Database '${name}' was successfully created.` });
        break;
      }
      case "drop-database":
        await dropDatabase(datasource.url, undefined, { force: false });
        log("INFO", { message: "The database was successfully dropped." });
        break;
      default:
        throw new Error(`Unknown cli subcommand: ${command}`);
    }
  } catch (caught) {
    const error = dbErrorMessage(caught);
    const errorCode = typeof error.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : "";
    log("ERROR", { is_panic: false, error_code: errorCode, message: error.message }, "schema_engine::logger");
    return 1;
  }
  return 0;
}

async function main(argv) {
  captureStrayOutput();
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (args.version) {
    const { loadSchemaEngineWasm } = require("./wasm.cjs");
    process.stdout.write(`schema-engine-cli ${(await loadSchemaEngineWasm()).version()}\n`);
    return;
  }
  if (args.cli !== undefined) {
    process.exitCode = await runCliCommand(args.cli, args.datasource);
    // Pools and sockets must not keep the process alive.
    process.exit();
  }
  const { RpcServer } = require("./rpc.cjs");
  new RpcServer({ datamodels: readDatamodels(args.datamodelPaths), datasource: args.datasource }).start();
}

module.exports = { main };
