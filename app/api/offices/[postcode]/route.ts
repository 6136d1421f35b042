import { ApiError } from "@/lib/api/api-error";
import { defineRoute } from "@/lib/api/define-route";
import { findOffice } from "@/lib/offices/find-office";
import { ZPostcode } from "@/lib/offices/schemas";

// The directory changes a few times a year; browsers and proxies may keep an answer for an hour. An unknown
// postcode is kept for less, so a newly imported office shows up soon.
const CACHE_FOUND = "public, max-age=3600";
const CACHE_NOT_FOUND = "public, max-age=300";

/**
 * The office with this postcode, for the live lookups of the public forms. Public, no sign-in: the office
 * directory is public information and these forms are open to anyone. Not rate limited: it reads one row
 * by primary key and answers from caches for an hour.
 */
export const GET = defineRoute<{ postcode: string }>({
  name: "findOffice",
  // The forms read only the status, so a shared cache that keeps a refusal's detail in one language for
  // visitors of the other misleads no one.
  handle: async ({ params }) => {
    const parsed = ZPostcode.safeParse(params.postcode);
    if (!parsed.success)
      throw new ApiError(400, "offices.postcodeFormat", { headers: { "Cache-Control": CACHE_FOUND } });
    const office = await findOffice(parsed.data);
    if (!office) {
      throw new ApiError(404, "offices.notFound", {
        values: { postcode: parsed.data },
        headers: { "Cache-Control": CACHE_NOT_FOUND },
      });
    }
    return Response.json(office, { headers: { "Cache-Control": CACHE_FOUND } });
  },
});
