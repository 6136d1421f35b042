/**
 * The runner of the fuzz tests: draws `count` cases from a target's generator (fast-check, a fixed seed so
 * a failure can be replayed), sends them with a few in flight, and checks every answer — no 5xx, no stack
 * trace or internal message — and, at the end, that the rows the target writes grew by exactly what the
 * accepted cases stored: a rejected case stores nothing.
 */
import fc from "fast-check";

/** What one case got back, as the caller sees it. */
export type TFuzzOutcome = {
  /** HTTP status, or for a server action 200 with its result in `body`. */
  status: number;
  /** The answer's text (JSON for actions), searched for leaks. */
  body: string;
  /** Rows the case stored in the counted table(s): 0 for any rejected case. */
  stored: number;
  /** A short label for the tally: "201", "422", "INVALID", "RATE_LIMITED"… */
  label: string;
};

export type TFuzzTarget<TCase> = {
  name: string;
  cases: fc.Arbitrary<TCase>;
  send: (input: TCase, index: number) => Promise<TFuzzOutcome>;
  /** Rows of the table(s) this endpoint writes, counted before and after the run. */
  rows: () => Promise<number>;
  /**
   * Cases in flight (default 8). Filings take one row lock for their case number each, so many in flight
   * only queue there, and on a busy machine may outlast the 5 s limit of Prisma's interactive transactions.
   */
  concurrency?: number;
};

export type TFuzzReport = {
  name: string;
  cases: number;
  seconds: number;
  labels: Record<string, number>;
  stored: number;
  rowsAdded: number;
  failures: string[];
};

/**
 * What an answer must never contain: a stack frame, a source path, a driver's or the database's own error
 * text. (Problem details echo the request path in `instance`; the caller strips that before the check,
 * since a path may carry the hostile input itself.)
 */
const LEAKS = [
  /\bat [\w.<>$[\] ]+ \(/,
  /\bat (file:|\/|node:)/,
  /node_modules/,
  /\.(ts|tsx|js|mjs):\d+/,
  /Prisma|prisma\./,
  /Invalid `/,
  /\b(TypeError|ReferenceError|SyntaxError|RangeError|ZodError)\b/,
  /ECONN|ETIMEDOUT|EPIPE/,
  /duplicate key|violates|invalid input syntax|invalid byte sequence|unterminated|relation "|column "/,
  /graphile|SQLSTATE|\bP\d{4}\b/,
];

export function leakIn(text: string): string | null {
  return LEAKS.find((pattern) => pattern.test(text))?.source ?? null;
}

const describeCase = (input: unknown) => {
  const plain =
    input instanceof FormData
      ? Object.fromEntries(
          [...input].map(([key, value]) => [key, typeof value === "string" ? value : `file ${value.name}`]),
        )
      : input;
  const json = JSON.stringify(plain, (_key, value: unknown) =>
    typeof value === "string" && value.length > 80 ? `${value.slice(0, 80)}…(${value.length})` : value,
  );
  return (json ?? typeof input).slice(0, 400);
};

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_121);
export const FUZZ_CASES = Number(process.env.FUZZ_CASES ?? 10_000);

export async function runFuzz<TCase>(
  target: TFuzzTarget<TCase>,
  { count = FUZZ_CASES, concurrency = target.concurrency ?? 8 } = {},
): Promise<TFuzzReport> {
  const inputs = fc.sample(target.cases, { numRuns: count, seed: FUZZ_SEED });
  const before = await target.rows();
  const labels: Record<string, number> = {};
  const failures: string[] = [];
  let stored = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < inputs.length; i = next++) {
        let outcome: TFuzzOutcome;
        try {
          outcome = await target.send(inputs[i], i);
        } catch (error) {
          failures.push(`#${i} threw ${(error as Error).message?.slice(0, 200)} for ${describeCase(inputs[i])}`);
          continue;
        }
        labels[outcome.label] = (labels[outcome.label] ?? 0) + 1;
        stored += outcome.stored;
        const leak = leakIn(outcome.body);
        if (outcome.status >= 500 && process.env.FUZZ_DUMP)
          console.error("FUZZ_DUMP", JSON.stringify(inputs[i]).slice(0, 3000));
        if (outcome.status >= 500)
          failures.push(
            `#${i} answered ${outcome.status} for ${describeCase(inputs[i])}: ${outcome.body.slice(0, 300)}`,
          );
        else if (leak)
          failures.push(`#${i} leaked /${leak}/ for ${describeCase(inputs[i])}: ${outcome.body.slice(0, 300)}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const rowsAdded = (await target.rows()) - before;
  const report = { name: target.name, cases: inputs.length, seconds, labels, stored, rowsAdded, failures };
  const tally = Object.entries(labels)
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => `${label} ${n}`)
    .join(", ");
  console.info(
    `fuzz ${target.name}: ${inputs.length} cases in ${seconds.toFixed(1)} s (seed ${FUZZ_SEED}) — ${tally}; rows added ${rowsAdded}, by accepted cases ${stored}; failures ${failures.length}`,
  );
  return report;
}

const LIVE_ELEMENTS = new Set([
  "script",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "base",
  "form",
  "frame",
  "frameset",
  "applet",
]);
const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * Markup that is live in an HTML page or email, found by reading its tags (text that was escaped, such as
 * `&lt;img onerror=…&gt;`, is no tag): a script, frame, object or svg element, an event-handler attribute,
 * or a javascript: address. `allowed` lists elements the page itself is known to use (Next.js's own
 * scripts are not in a component's markup).
 */
export function liveMarkupIn(html: string, allowed: string[] = []): string | null {
  for (const [tag, name, attributes] of html.matchAll(TAG)) {
    if (LIVE_ELEMENTS.has(name.toLowerCase()) && !allowed.includes(name.toLowerCase())) return tag.slice(0, 200);
    for (const [, attribute, value = ""] of attributes.matchAll(ATTRIBUTE)) {
      if (/^on/i.test(attribute)) return tag.slice(0, 200);
      if (/^(href|src|action|formaction|xlink:href)$/i.test(attribute) && /^["']?\s*javascript:/i.test(value))
        return tag.slice(0, 200);
    }
  }
  return null;
}
