/** What every server action returns: data, or a failure the form can show. */
export type TActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: TActionErrorCode;
      /** A sentence in the user's language. */
      message: string;
      /** Field name → sentence in the user's language. */
      fieldErrors?: Record<string, string>;
    };

export type TActionErrorCode =
  | "INVALID"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "RATE_LIMITED"
  /** The database was away for a moment; the same submission may simply be sent again. */
  | "UNAVAILABLE"
  | "FAILED";
