// A stand-in for Next.js's request scope in tests of sessions: `next/headers` mocked with these two holds one
// session cookie. It imports nothing, so a vi.mock factory can load it without loading next/headers' users.

let sessionCookie: string | undefined;

export function setSessionCookie(value: string | undefined): void {
  sessionCookie = value;
}

export async function requestHeaders(): Promise<Headers> {
  return new Headers();
}

export async function requestCookies() {
  return {
    get: (name: string) =>
      sessionCookie && name.endsWith("next-auth.session-token") ? { name, value: sessionCookie } : undefined,
  };
}

/** The names next/headers exports, for mocking it with this module. */
export { requestCookies as cookies, requestHeaders as headers };
