import type { TSessionClaims, TTokenClaims } from "./session-claims";

declare module "next-auth" {
  interface Session {
    claims?: TTokenClaims;
  }
  interface User {
    claims?: TSessionClaims;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    claims?: TTokenClaims;
  }
}
