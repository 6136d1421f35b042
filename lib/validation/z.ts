import { z } from "zod";

// zod probes for eval support with `new Function` the first time a schema runs; the Content-Security-Policy
// forbids eval, so the probe is reported as a violation in the browser. jitless skips the probe (and the
// compiled fast path, which these small forms do not need).
z.config({ jitless: true });

export { z };
