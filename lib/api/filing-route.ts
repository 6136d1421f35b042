import "server-only";

import type { z } from "zod";

import { ZIdempotencyKey } from "@/lib/action/submission";
import { isWellFormedApiKey } from "@/lib/api-keys/key-format";
import { FILED_STATUS } from "@/lib/cases/create-case";
import { statusUrl, type TFiledCase, type TFilingContext } from "@/lib/cases/filing";
import { appUrl } from "@/lib/config";
import { Prisma } from "@/lib/generated/prisma/client";
import { bearerToken } from "@/lib/http/bearer-token";

import { defineApiRoute } from "./define-route";
import { caseStatus } from "./find-api-case";
import { admitApiClient, admitApiClientWith } from "./limits";
import { parseJsonBody, parseOptionalHeader } from "./parse-request";
import type { TFiledCaseResponse } from "./schemas";

export function caseLocation(number: string): string {
  return `${appUrl()}/api/v1/cases/${encodeURIComponent(number)}`;
}

/**
 * What a filing reads before it writes (a complaint's topic, office and similar case), as one SQL value,
 * and that value read back: the route asks it in the API key's statement, saving the filing a round trip.
 */
export type TFilingLookup<TInput, TValue, TLooked> = {
  sql: (input: TInput) => Prisma.Sql;
  read: (value: TValue) => TLooked;
};

type TSettled<T> = { ok: true; value: T } | { ok: false; error: unknown };

const settle = <T>(promise: Promise<T>): Promise<TSettled<T>> =>
  promise.then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );

/**
 * The client behind the key and the parsed body; with a lookup, its value read in the key's statement. The
 * lookup needs the body before the key's statement, so the body is read first, but its problems are answered
 * only after the key's: a caller without a key learns nothing, not even what a valid body looks like. A
 * credential that cannot be a key is refused before anything is read.
 */
async function admitFiling<TSchema extends z.ZodType, TValue, TLooked>(
  request: Request,
  schema: TSchema,
  lookup: TFilingLookup<z.output<TSchema>, TValue, TLooked> | undefined,
) {
  const credential = bearerToken(request);
  const body =
    lookup && credential && isWellFormedApiKey(credential) ? await settle(parseJsonBody(request, schema)) : null;
  const client = body?.ok
    ? await admitApiClientWith<TValue>(request, "cases:write", {
        sql: (isAdmitted) => Prisma.sql`CASE WHEN ${isAdmitted} THEN ${lookup!.sql(body.value)} END`,
        isReadOnly: true,
      })
    : { ...(await admitApiClient(request, "cases:write")), alongside: null };
  const idempotencyKey = parseOptionalHeader(request, "Idempotency-Key", ZIdempotencyKey);
  if (body && !body.ok) throw body.error;
  const input = body?.ok ? body.value : await parseJsonBody(request, schema);
  const looked = client.alongside !== null && lookup ? lookup.read(client.alongside) : undefined;
  return { client, idempotencyKey, input, looked };
}

/**
 * POST handler that files a case through the API: a key with cases:write, the form's own schema, the
 * same domain function as the web form (channel API, no files), 201 with the case — or 200 with the
 * same case and no status token when the Idempotency-Key was used before with the same request, and 422
 * (filing nothing) when it was used with a different one. With `lookup`, what the filing reads first comes
 * with the key's check and is handed to `file`.
 */
export function defineFilingRoute<TSchema extends z.ZodType, TValue = never, TLooked = never>(
  name: string,
  schema: TSchema,
  file: (input: z.output<TSchema>, ctx: TFilingContext, looked?: TLooked) => Promise<TFiledCase>,
  lookup?: TFilingLookup<z.output<TSchema>, TValue, TLooked>,
) {
  return defineApiRoute(name, async ({ request, locale }) => {
    const { client, idempotencyKey, input, looked } = await admitFiling(request, schema, lookup);

    // Keys are unique across the portal: prefixing the client's id keeps two partners' keys apart, so
    // one can never be answered with the other's case.
    const filed = await file(
      input,
      {
        channel: "API",
        locale,
        idempotencyKey: idempotencyKey ? `${client.id}:${idempotencyKey}` : undefined,
      },
      looked,
    );

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
