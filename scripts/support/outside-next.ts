/**
 * Import first in a script that runs the portal's server code outside Next.js (the worker process, the
 * benchmarks). That code marks itself with "server-only", which refuses to load outside React's server
 * environment; here it is an empty module. The script runs without the react-server condition, because
 * rendering an email (React Email) needs React's ordinary server build.
 */
import { createRequire } from "node:module";

const require = createRequire(__filename);
require.cache[require.resolve("server-only")] = { exports: {} } as NodeJS.Module;
