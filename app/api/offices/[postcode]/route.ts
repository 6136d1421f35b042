import { findOffice } from "@/lib/offices/find-office";
import { ZPostcode } from "@/lib/offices/schemas";

// The directory changes a few times a year; browsers and proxies may keep an answer for an hour. An unknown
// postcode is kept for less, so a newly imported office shows up soon.
const CACHE_FOUND = "public, max-age=3600";
const CACHE_NOT_FOUND = "public, max-age=300";

function problem(status: 400 | 404, title: string, detail: string, cacheControl: string): Response {
  return Response.json(
    { type: "about:blank", title, status, detail },
    { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": cacheControl } },
  );
}

/**
 * The office with this postcode, for the live lookups of the public forms. Public, no sign-in: the office
 * directory is public information and these forms are open to anyone. Not rate limited: it reads one row
 * by primary key and answers from caches for an hour.
 */
export async function GET(_request: Request, context: RouteContext<"/api/offices/[postcode]">) {
  const { postcode: raw } = await context.params;
  const parsed = ZPostcode.safeParse(raw);
  if (!parsed.success) {
    return problem(400, "Bad Request", "A postcode is six digits.", CACHE_FOUND);
  }
  const office = await findOffice(parsed.data);
  if (!office) {
    return problem(404, "Not Found", `No office with postcode ${parsed.data} is in the directory.`, CACHE_NOT_FOUND);
  }
  return Response.json(office, { headers: { "Cache-Control": CACHE_FOUND } });
}
