import { ApiError } from "@/lib/api/api-error";
import { authorizeCaseRead } from "@/lib/api/case-access";
import { defineApiRoute } from "@/lib/api/define-route";
import { findApiCase } from "@/lib/api/find-api-case";
import { normaliseCaseNumber } from "@/lib/cases/case-number";

/**
 * A case's status and public history, for its applicant (status token) or a partner system (API key with
 * cases:read). An unknown number and a token of another case answer alike, so nobody learns which
 * numbers exist.
 */
export const GET = defineApiRoute<{ number: string }>("readCase", async ({ request, params }) => {
  const access = await authorizeCaseRead(request);
  const number = normaliseCaseNumber(params.number);
  const found = number ? await findApiCase(number, access) : null;
  if (!found) throw new ApiError(404, "apiKeys.problem.caseNotFound");
  return Response.json(found, { headers: { "Cache-Control": "no-store" } });
});
