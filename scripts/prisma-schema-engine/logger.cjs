"use strict";

// The Prisma CLI reads the engine's stderr line by line as JSON (the native engine logs with
// tracing's JSON formatter). For one-shot `cli …` commands it even refuses to parse a failure
// if any line after the first is not JSON, so everything written to stderr goes through here.

const LEVELS = { TRACE: 0, DEBUG: 1, INFO: 2, WARN: 3, ERROR: 4 };

function thresholdFromEnv() {
  const raw = (process.env.RUST_LOG || "info").split(",").find((part) => !part.includes("="));
  const level = (raw || "info").trim().toUpperCase();
  return LEVELS[level] ?? LEVELS.INFO;
}

const threshold = thresholdFromEnv();

function writeLine(line) {
  try {
    process.stderr.write(line.replace(/\r?\n/g, " ") + "\n");
  } catch {
    // The CLI may already have closed our stderr; nothing sensible is left to do.
  }
}

function log(level, fields, target = "schema_engine") {
  if ((LEVELS[level] ?? LEVELS.INFO) < threshold && level !== "ERROR") return;
  writeLine(JSON.stringify({ timestamp: new Date().toISOString(), level, fields, target }));
}

// The WASM engine hands over tracing events already serialised as JSON.
function forwardEngineLog(raw) {
  const text = String(raw).trim();
  if (!text) return;
  try {
    const event = JSON.parse(text);
    if ((LEVELS[event.level] ?? LEVELS.INFO) < threshold && event.level !== "ERROR") return;
    if (!event.timestamp) event.timestamp = new Date().toISOString();
    writeLine(JSON.stringify(event));
  } catch {
    log("INFO", { message: text }, "schema_engine_wasm");
  }
}

// Libraries that print through console.* or process warnings must not corrupt stdout (reserved
// for JSON-RPC) nor put non-JSON text on stderr.
function captureStrayOutput() {
  const format = (args) =>
    args.map((arg) => (typeof arg === "string" ? arg : require("node:util").inspect(arg))).join(" ");
  console.log = (...args) => log("INFO", { message: format(args) }, "console");
  console.info = console.log;
  console.debug = (...args) => log("DEBUG", { message: format(args) }, "console");
  console.warn = (...args) => log("WARN", { message: format(args) }, "console");
  console.error = (...args) => log("ERROR", { message: format(args) }, "console");
  process.removeAllListeners("warning");
  process.on("warning", (warning) => log("WARN", { message: `${warning.name}: ${warning.message}` }, "node"));
}

module.exports = { log, forwardEngineLog, captureStrayOutput };
