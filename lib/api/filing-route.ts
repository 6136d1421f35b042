import "server-only";

import type { z } from "zod";

import { ZIdempotencyKey } from "@/lib/action/submission";
import { FILED_STATUS } from "@/lib/cases/create-case";
import { statusUrl, type TFiledCase, type TFilingContext } from "@/lib/cases/filing";
import { appUrl } from "@/lib/config";

import { defineApiRoute } from "./define-route";
import { caseStatus } from "./find-api-case";
import { admitApiClient } from "./limits";
import { parseJsonBody, parseOptionalHeader } from "./parse-request";
import type { TFiledCaseResponse } from "./schemas";

export function caseLocation(number: string): string {
  return `${appUrl()}/api/v1/cases/${encodeURIComponent(number)}`;
}

/**
 * POST handler that files a case through the API: a key with cases:write, the form's own schema, the
 * same domain function as the web form (channel API, no files), 201 with the case — or 200 with the
 * same case and no status token when the Idempotency-Key was used before with the same request, and 422
 * (filing nothing) when it was used with a different one.
 */
export function defineFilingRoute<TSchema extends z.ZodType>(
  name: string,
  schema: TSchema,
  file: (input: z.output<TSchema>, ctx: TFilingContext) => Promise<TFiledCase>,
) {
  return defineApiRoute(name, async ({ request, locale }) => {
    // Authorization comes first, as in defineAction: a caller without a key learns nothing, not even
    // what a valid body looks like.
    const client = await admitApiClient(request, "cases:write");
    const idempotencyKey = parseOptionalHeader(request, "Idempotency-Key", ZIdempotencyKey);
    const input = await parseJsonBody(request, schema);

    // Keys are unique across the portal: prefixing the client's id keeps two partners' keys apart, so
    // one can never be answered with the other's case.
    const filed = await file(input, {
      channel: "API",
      locale,
      idempotencyKey: idempotencyKey ? `${client.id}:${idempotencyKey}` : undefined,
    });

    const body: TFiledCaseResponse = {
      caseNumber: filed.caseNumber,
      // A case just opened is in the status filing gives it; a joined or replayed one is looked up.
      status: filed.isNew && !filed.isJoined ? FILED_STATUS : await caseStatus(filed.caseNumber),
      dueAt: filed.dueAt?.toISOString() ?? null,
      statusUrl: filed.statusToken ? statusUrl(filed.statusToken) : null,
      statusToken: filed.statusToken,
      isJoined: filed.isJoined,
    };
    return filed.isNew
      ? Response.json(body, {
          status: 201,
          headers: { Location: caseLocation(filed.caseNumber), "Cache-Control": "no-store" },
        })
      : Response.json(body, { status: 200, headers: { "Cache-Control": "no-store" } });
  });
}
