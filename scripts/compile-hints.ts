/**
 * `tsx scripts/compile-hints.ts` (part of `npm run build`, after `next build`): marks the scripts a page runs
 * as it starts with V8's explicit compile hint, `//# allFunctionsCalledOnLoad` on their first line, so that
 * Chromium compiles them whole on a background thread while they download, instead of function by function
 * on the main thread while the page hydrates (measured on the complaint form: the main thread's script
 * work fell by about a seventh, Lighthouse's blocking time by about a third).
 *
 * Marked: the framework's scripts (the build manifest's rootMainFiles) and every page's entry scripts (the
 * client reference manifests' entryJSFiles), which run on every load. Scripts loaded later, on demand
 * (dynamic imports: the validation schemas, the console's tables), stay lazy: most of their functions
 * may never run. Running it again changes nothing. The build directory is NEXT_DIST_DIR's, as next.config's.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

type TClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

/** Every client reference manifest's entry scripts, paths relative to the build directory. */
async function entryScripts(distDir: string): Promise<string[]> {
  const files = (await fs.readdir(path.join(distDir, "server", "app"), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith("_client-reference-manifest.js"))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const scripts = new Set<string>();
  for (const file of files) {
    // Each manifest is a script that assigns globalThis.__RSC_MANIFEST[page]; run it in a sandbox of its own.
    const sandbox: { self?: unknown; globalThis?: unknown; __RSC_MANIFEST?: Record<string, TClientReferenceManifest> } =
      {};
    sandbox.self = sandbox.globalThis = sandbox;
    vm.runInNewContext(await fs.readFile(file, "utf8"), sandbox, { filename: file });
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const script of list) scripts.add(script);
    }
  }
  return [...scripts];
}

/** Adds the hint to a script (and shifts its source map, if there is one, by the line added); false when it had it. */
async function hint(file: string): Promise<boolean> {
  const source = await fs.readFile(file, "utf8");
  if (source.startsWith(COMPILE_HINT)) return false;
  await fs.writeFile(file, COMPILE_HINT + source);
  const map = await fs.readFile(`${file}.map`, "utf8").catch(() => null);
  if (map !== null) {
    const parsed = JSON.parse(map) as { mappings?: string };
    if (typeof parsed.mappings === "string")
      await fs.writeFile(`${file}.map`, JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` }));
  }
  return true;
}

/** Marks the build's start-up scripts; returns the scripts marked now and those that already were. */
export async function addCompileHints(distDir: string): Promise<{ marked: string[]; already: string[] }> {
  const buildManifest = JSON.parse(await fs.readFile(path.join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles?: string[];
  };
  const scripts = [...new Set([...(buildManifest.rootMainFiles ?? []), ...(await entryScripts(distDir))])].filter(
    (script) => script.endsWith(".js"),
  );
  if (scripts.length === 0) throw new Error(`No start-up scripts found in ${distDir}: is it a production build?`);
  const marked: string[] = [];
  const already: string[] = [];
  for (const script of scripts) ((await hint(path.join(distDir, script))) ? marked : already).push(script);
  return { marked, already };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.env.NEXT_DIST_DIR || ".next");
  addCompileHints(distDir).then(
    ({ marked, already }) =>
      console.log(
        `compile hints: ${marked.length} start-up script(s) marked, ${already.length} already marked, in ${path.relative(process.cwd(), distDir) || "."}`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
