import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { addCompileHints, COMPILE_HINT } from "./compile-hints";

let dist: string;

async function write(file: string, text: string) {
  await fs.mkdir(path.dirname(path.join(dist, file)), { recursive: true });
  await fs.writeFile(path.join(dist, file), text);
}

const read = (file: string) => fs.readFile(path.join(dist, file), "utf8");

/** A build directory shaped like Next's: two framework scripts, a page with two entry scripts, a script loaded on demand. */
beforeEach(async () => {
  dist = await fs.mkdtemp(path.join(os.tmpdir(), "compile-hints-"));
  await write(
    "build-manifest.json",
    JSON.stringify({
      rootMainFiles: ["static/chunks/react.js", "static/chunks/runtime.js"],
      polyfillFiles: ["static/chunks/polyfills.js"],
    }),
  );
  const manifest = {
    "/(public)/complaints/new/page": {
      entryJSFiles: {
        "[project]/app/layout": ["static/chunks/layout.js"],
        "[project]/app/(public)/complaints/new/page": ["static/chunks/layout.js", "static/chunks/form.js"],
      },
    },
  };
  await write(
    "server/app/(public)/complaints/new/page_client-reference-manifest.js",
    `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST["/(public)/complaints/new/page"]=${JSON.stringify(manifest["/(public)/complaints/new/page"])};`,
  );
  for (const name of ["react", "runtime", "layout", "form", "schemas", "polyfills"])
    await write(`static/chunks/${name}.js`, `console.log("${name}");\n`);
  await write("static/chunks/form.js.map", JSON.stringify({ version: 3, sources: ["form.tsx"], mappings: "AAAA" }));
});

afterEach(async () => {
  await fs.rm(dist, { recursive: true, force: true });
});

describe("addCompileHints", () => {
  it("marks the framework's and the pages' start-up scripts, and nothing loaded on demand", async () => {
    const { marked, already } = await addCompileHints(dist);

    expect(marked.sort()).toEqual([
      "static/chunks/form.js",
      "static/chunks/layout.js",
      "static/chunks/react.js",
      "static/chunks/runtime.js",
    ]);
    expect(already).toEqual([]);
    expect(await read("static/chunks/form.js")).toBe(`${COMPILE_HINT}console.log("form");\n`);
    expect(await read("static/chunks/schemas.js")).toBe(`console.log("schemas");\n`);
    expect(await read("static/chunks/polyfills.js")).toBe(`console.log("polyfills");\n`);
  });

  it("keeps a marked script's source map pointing at the same code, one line lower", async () => {
    await addCompileHints(dist);

    expect(JSON.parse(await read("static/chunks/form.js.map"))).toMatchObject({
      mappings: ";AAAA",
      sources: ["form.tsx"],
    });
  });

  it("changes nothing when run again", async () => {
    await addCompileHints(dist);
    const again = await addCompileHints(dist);

    expect(again.marked).toEqual([]);
    expect(again.already).toHaveLength(4);
    expect(await read("static/chunks/react.js")).toBe(`${COMPILE_HINT}console.log("react");\n`);
    expect(JSON.parse(await read("static/chunks/form.js.map")).mappings).toBe(";AAAA");
  });

  it("refuses a directory that is not a production build", async () => {
    await write("build-manifest.json", JSON.stringify({ rootMainFiles: [] }));
    await fs.rm(path.join(dist, "server"), { recursive: true });
    await fs.mkdir(path.join(dist, "server", "app"), { recursive: true });

    await expect(addCompileHints(dist)).rejects.toThrow(/No start-up scripts/);
  });
});
