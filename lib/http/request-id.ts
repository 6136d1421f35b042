/**
 * The header that carries a request's id: the portal's server gives every request one (or keeps a
 * well-formed one the client sent), server code logs with it, and the answer returns it.
 */
export const REQUEST_ID_HEADER = "x-request-id";
