import { buildOpenApiDocument } from "@/lib/api/openapi";
import { appUrl } from "@/lib/config";

// Built per request, never at build time: the server address is the running instance's APP_URL, and the
// examples carry recent dates.
export const dynamic = "force-dynamic";

/** The API's description, public like any API reference. */
export async function GET() {
  return Response.json(buildOpenApiDocument(appUrl()), { headers: { "Cache-Control": "public, max-age=300" } });
}
