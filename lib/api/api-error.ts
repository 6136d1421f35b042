/**
 * An expected failure of an API request that is not the domain's (a malformed body or header, a rate
 * limit): the status, a catalogue key for the detail, and for a 422 the catalogue key of each field.
 */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 415 | 422 | 429,
    readonly messageKey: string,
    readonly options: {
      values?: Record<string, string | number>;
      fieldKeys?: Record<string, string>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(messageKey);
    this.name = "ApiError";
  }
}
