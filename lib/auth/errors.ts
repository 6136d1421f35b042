/** Thrown by requireMember / requireStaff; the action pipeline and page guards turn it into a response. */
export class AuthError extends Error {
  constructor(readonly code: "UNAUTHENTICATED" | "FORBIDDEN") {
    super(code === "UNAUTHENTICATED" ? "Not signed in" : "Not allowed");
    this.name = "AuthError";
  }
}
