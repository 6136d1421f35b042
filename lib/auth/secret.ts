import { getConfig } from "@/lib/config";

// Development and tests may run without AUTH_SECRET; production refuses to start without one (lib/config.ts).
const DEVELOPMENT_SECRET = "development-only-secret-never-used-in-production";

/** The key material that signs sessions and encrypts second-factor secrets. */
export function authSecret(): string {
  return getConfig().AUTH_SECRET ?? DEVELOPMENT_SECRET;
}
