/** The credential of an `Authorization: Bearer …` header, or null. The scheme is case-insensitive (RFC 9110). */
export function bearerToken(request: Pick<Request, "headers">): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  return match ? match[1] : null;
}
