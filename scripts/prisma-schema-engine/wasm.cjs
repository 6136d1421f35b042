"use strict";

// Loads @prisma/schema-engine-wasm. Its entry module imports the .wasm file as an ES module,
// which Node does not support without flags, so the module is instantiated here by hand with
// the package's own JS glue (schema_engine_bg.js) as its import object.

const fs = require("node:fs");
const path = require("node:path");
const { pathToFileURL } = require("node:url");

let glue;
let lastPanicMessage;

// The glue reports the message of a Rust panic through this global right before the WASM code
// traps with a RuntimeError ("unreachable").
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanicMessage = message;
  },
};

async function loadSchemaEngineWasm() {
  if (glue) return glue;
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bg = await import(pathToFileURL(gluePath).href);
  const bytes = fs.readFileSync(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  glue = bg;
  return glue;
}

function isWasmPanic(error) {
  return error instanceof WebAssembly.RuntimeError || (error && error.name === "RuntimeError");
}

function takePanicMessage() {
  const message = lastPanicMessage;
  lastPanicMessage = undefined;
  return message;
}

module.exports = { loadSchemaEngineWasm, isWasmPanic, takePanicMessage };
