/**
 * The security headers that need no per-request nonce, in one list for everything that answers: Next.js
 * (next.config.mjs puts them on every path, static files included) and the portal's server, which answers
 * a malformed address itself before Next.js sees it (scripts/server/malformed-path.ts). The proxy adds the
 * Content-Security-Policy with its nonce to pages and API responses (proxy.ts, security-headers.ts).
 *
 * Plain JavaScript: next.config.mjs is loaded by Node.js as it is, without TypeScript.
 */

/**
 * @param {boolean} isProduction
 * @returns {{ key: string, value: string }[]}
 */
export function staticSecurityHeaders(isProduction) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers that predate CSP's frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Two years, the portal's subdomains included. Browsers ignore it over plain http (a local npm start).
    ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/**
 * next.config.mjs's header rules. Attachments set a stricter Referrer-Policy of their own (no-referrer:
 * the status token is in their address), and a header from next.config replaces the route's, so that one
 * header is left off their path; they get the rest like everything else.
 *
 * @param {boolean} isProduction
 * @returns {{ source: string, headers: { key: string, value: string }[] }[]}
 */
export function securityHeaderRules(isProduction) {
  const headers = staticSecurityHeaders(isProduction);
  const isReferrerPolicy = (/** @type {{ key: string }} */ header) => header.key === "Referrer-Policy";
  return [
    { source: "/:path*", headers: headers.filter((header) => !isReferrerPolicy(header)) },
    { source: "/:path((?!api/attachments/).*)", headers: headers.filter(isReferrerPolicy) },
  ];
}
