import type { TSessionClaims } from "./session-claims";

declare module "next-auth" {
  interface Session {
    claims?: TSessionClaims;
  }
  interface User {
    claims?: TSessionClaims;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    claims?: TSessionClaims;
  }
}
