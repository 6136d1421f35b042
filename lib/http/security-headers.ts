/**
 * The Content-Security-Policy of every page and API response. The proxy builds it per request with a
 * fresh nonce; Next.js reads the nonce back from the request's header and puts it on its own scripts.
 * The headers that need no nonce (HSTS, nosniff, …) are one list in static-security-headers.mjs, which
 * next.config.mjs sets on every path and the portal's server on the answers it gives itself.
 */

export const CSP_HEADER = "Content-Security-Policy";

export type TCspOptions = {
  nonce: string;
  nodeEnv: "development" | "production" | "test";
  /** The public base URL; an https one makes the browser upgrade any stray http:// sub-request. */
  appUrl?: string;
};

export function buildContentSecurityPolicy({ nonce, nodeEnv, appUrl }: TCspOptions): string {
  const isDevelopment = nodeEnv === "development";
  const isHttpsProduction = nodeEnv === "production" && appUrl?.startsWith("https://") === true;
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic' lets the scripts Next.js tagged with the nonce load the chunks they need; React's
    // development tooling rebuilds server error stacks with eval, which production never does.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    // Inline style attributes cannot carry a nonce: React and Radix position elements with them, and the
    // e-mails shown in the development mailbox are styled inline. Styles cannot run code.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    // Sandboxed <iframe srcdoc> documents are not fetched, so frame-src does not apply to them; they
    // inherit this policy instead.
    ["frame-src", "'self'"],
    ["form-action", "'self'"],
    ["base-uri", "'self'"],
    ["object-src", "'none'"],
    ["frame-ancestors", "'none'"],
    ...(isHttpsProduction ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** 128 random bits, base64: unguessable, and new for every response. */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
