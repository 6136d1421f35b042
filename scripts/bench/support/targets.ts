/**
 * The targets a benchmark checks: each is printed as MET or NOT MET beside its figures, kept with the
 * figures in bench-results/<name>.json, and summed up by `npm run bench` at the end of the whole run.
 */
export type TTarget = { name: string; isMet: boolean; detail: string };

const checked: TTarget[] = [];

/** Records a target and prints its line: «<name>: <detail> — MET». */
export function checkTarget(name: string, isMet: boolean, detail: string): TTarget {
  const result = { name, isMet, detail };
  checked.push(result);
  console.log(`${name}: ${detail} — ${isMet ? "MET" : "NOT MET"}`);
  return result;
}

/** Every target checked so far in this process, for writeResults. */
export function checkedTargets(): TTarget[] {
  return [...checked];
}
