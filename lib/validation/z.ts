import { config } from "zod";

// zod probes for eval support with `new Function` the first time a schema runs; the Content-Security-Policy
// forbids eval, so the probe is reported as a violation in the browser. jitless skips the probe (and the
// compiled fast path, which these small forms do not need).
config({ jitless: true });

// Imported as a namespace (`import * as z from "@/lib/validation/z"`): the bundler then keeps only the parts
// of zod a page uses, where the `z` object itself would bring all of zod, its error locales included.
export * from "zod";
