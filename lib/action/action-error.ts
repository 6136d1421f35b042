import type { TActionErrorCode } from "./action-result";

/**
 * An expected failure of a domain function, shown to the user: a code, a message key in the catalogue
 * (with its values) and optionally the field it concerns.
 */
export class ActionError extends Error {
  constructor(
    readonly code: Exclude<TActionErrorCode, "UNAUTHENTICATED" | "UNAVAILABLE" | "FAILED">,
    readonly messageKey: string,
    readonly values: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}
