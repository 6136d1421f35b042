/**
 * A stand-in origin to resolve paths against. Only whether the origin stays the same matters, so the real
 * APP_URL is not needed (and this stays a pure function the sign-in pages and tests can call).
 */
const BASE = "https://this-site.invalid";

/**
 * Where to go after signing in: a path of this site only, never another origin. The value is parsed the way
 * a browser parses it (which drops tabs and newlines and reads "\" as "/", so "/\t/evil.example" is
 * "//evil.example") and re-serialised, so what is checked is exactly what the browser will follow.
 */
export function safeCallbackUrl(value: string | string[] | undefined, fallback: string): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== new URL(BASE).origin) return fallback;
  // A path that begins with "//" would itself be read as another origin when followed ("/.//evil.example").
  if (url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
