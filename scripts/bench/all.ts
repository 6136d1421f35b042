/**
 * `npm run bench [-- --duration=10 --only=complaints,status]`: every benchmark, one after another, each on its
 * own server and throwaway database. Flags are passed on to each (a flag one does not know it ignores).
 */
import { spawnSync } from "node:child_process";

const BENCHES = ["complaints", "status", "points", "email", "inbox", "offices", "pages"];

const args = process.argv.slice(2);
const only = args
  .find((arg) => arg.startsWith("--only="))
  ?.slice(7)
  .split(",");
const passed = args.filter((arg) => !arg.startsWith("--only="));
const failed: string[] = [];
for (const name of BENCHES.filter((bench) => !only || only.includes(bench))) {
  console.log(`\n=== npm run bench:${name} ${passed.join(" ")}`);
  // bench:inbox and bench:offices take positional arguments, not flags.
  const own = name === "inbox" || name === "offices" ? [] : passed;
  const result = spawnSync("npm", ["run", "--silent", `bench:${name}`, "--", ...own], { stdio: "inherit" });
  if (result.status !== 0) failed.push(name);
}
if (failed.length) {
  console.error(`\nfailed: ${failed.join(", ")}`);
  process.exitCode = 1;
}
