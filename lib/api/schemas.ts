import { CaseEventKind, CaseStatus, CaseType } from "@/lib/generated/prisma/enums";
import * as z from "@/lib/validation/z";

// What the API answers. The requests are validated with the forms' own schemas (lib/cases/schemas.ts);
// these describe the answers for the OpenAPI document and type the route handlers' bodies.

const DUE_AT =
  "The deadline for the answer (UTC): the end of the term's last day in the office's time zone, moved to the next working " +
  "day when that day is a holiday or a weekend (Civil Code art. 193). Null for a case with no term: an office rating.";

export const ZFiledCaseResponse = z.object({
  caseNumber: z.string().meta({ description: "The case's number, for people.", examples: ["Р-2026-000045"] }),
  status: z.enum(CaseStatus),
  dueAt: z.iso.datetime().nullable().meta({ description: DUE_AT }),
  statusUrl: z.url().nullable().meta({
    description: "The applicant's secret status page. Null when the request was a replay (see Idempotency-Key).",
  }),
  statusToken: z.string().nullable().meta({
    description:
      "The applicant's secret status token: it reads this case through GET /api/v1/cases/{number}. Shown once; null on a replay.",
  }),
  isJoined: z.boolean().meta({
    description:
      "A claim for a tracking number that already has an open claim joins that case instead of opening another.",
  }),
});
export type TFiledCaseResponse = z.output<typeof ZFiledCaseResponse>;

export const ZCaseEventResponse = z.object({
  kind: z.enum(CaseEventKind),
  at: z.iso.datetime(),
  text: z.string().optional().meta({ description: "The text of a public reply; only for the status token's holder." }),
});

export const ZCaseResponse = z.object({
  number: z.string().meta({ examples: ["Ж-2026-000123"] }),
  type: z.enum(CaseType),
  status: z.enum(CaseStatus),
  createdAt: z.iso.datetime(),
  dueAt: z.iso.datetime().nullable().meta({ description: DUE_AT }),
  history: z.array(ZCaseEventResponse).meta({ description: "The public history, oldest first." }),
});
export type TCaseResponse = z.output<typeof ZCaseResponse>;

export const ZProblemDetails = z.object({
  type: z.string().meta({ examples: ["about:blank"] }),
  title: z.string().meta({ description: "The HTTP status' phrase.", examples: ["Unprocessable Content"] }),
  status: z.int(),
  detail: z.string().meta({ description: "What happened, in the language of Accept-Language (Russian by default)." }),
  instance: z.string().meta({ description: "The request's path.", examples: ["/api/v1/claims"] }),
  requestId: z
    .string()
    .meta({ description: "The request's id in the portal's logs; quote it when reporting a problem." }),
  errors: z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: "Validation errors: field name → message in the caller's language." }),
});
