import { createTranslator } from "next-intl";

import ru from "@/lib/i18n/messages/ru.json";

import { PER_API_KEY, PER_TOKEN_CLIENT } from "./limit-rules";
import { PROBLEM_CONTENT_TYPE } from "./media-types";
import type { TJsonSchema } from "./openapi-schemas";
import { MAX_BODY_BYTES } from "./parse-request";

// The problem-details answers the operations share. Their examples' texts come from the catalogue, as
// the real answers' do.

const t = createTranslator({ locale: "ru", messages: ru, namespace: "apiKeys.problem" });
const REQUEST_ID = "0b6f3c1e-5d0e-4a63-9d43-2b1f0e1c7a55";
const KILOBYTES = MAX_BODY_BYTES / 1024;

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function problemResponse(
  status: number,
  title: string,
  description: string,
  detail: string,
  extra: { example?: TJsonSchema; headers?: TJsonSchema } = {},
) {
  const example = {
    type: "about:blank",
    title,
    status,
    detail,
    instance: "/api/v1/claims",
    requestId: REQUEST_ID,
    ...extra.example,
  };
  return {
    description,
    ...(extra.headers ? { headers: extra.headers } : {}),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: schemaRef("Problem"), example } },
  };
}

const VALIDATION_EXAMPLE = {
  instance: "/api/v1/complaints",
  errors: { email: ru.validation.email, consent: ru.validation.consentRequired },
};

/** A filing's 422: a body that fails validation, or a used Idempotency-Key with another body. Two examples, one schema. */
function filingUnprocessable() {
  const example = (detail: string, extra: TJsonSchema = {}) => ({
    value: {
      ...problemResponse(422, "Unprocessable Content", "", detail).content[PROBLEM_CONTENT_TYPE].example,
      ...extra,
    },
  });
  return {
    description:
      "The body does not pass validation: `errors` names each field with a message in the caller's language. Or the " +
      "Idempotency-Key was used before with a different request (another body, or the other kind of filing): nothing is " +
      "filed, and `errors` is absent. Send the first request again unchanged to learn its case, or a new request under a new key.",
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: schemaRef("Problem"),
        examples: {
          validationFailed: { summary: "Fields that fail validation", ...example(t("invalid"), VALIDATION_EXAMPLE) },
          idempotencyKeyReused: {
            summary: "An Idempotency-Key used with a different request",
            ...example(t("idempotencyKeyReused")),
          },
        },
      },
    },
  };
}

export const PROBLEM_RESPONSES = {
  BadRequest: problemResponse(
    400,
    "Bad Request",
    "Malformed JSON, or a malformed header such as Idempotency-Key.",
    t("badJson"),
  ),
  Unauthorized: problemResponse(
    401,
    "Unauthorized",
    "No credential, or one that is unknown or revoked.",
    t("unauthenticated"),
    {
      headers: { "WWW-Authenticate": { schema: { type: "string" }, example: 'Bearer realm="api"' } },
    },
  ),
  Forbidden: problemResponse(403, "Forbidden", "The API key lacks the scope this operation needs.", t("forbidden")),
  NotFound: problemResponse(
    404,
    "Not Found",
    "No such case, or the credential does not reach it (the two are not told apart).",
    t("caseNotFound"),
    {
      example: { instance: "/api/v1/cases/Ж-2026-000123" },
    },
  ),
  ContentTooLarge: problemResponse(
    413,
    "Content Too Large",
    `The body is over ${KILOBYTES} KB.`,
    t("tooLarge", { kilobytes: KILOBYTES }),
  ),
  UnsupportedMediaType: problemResponse(
    415,
    "Unsupported Media Type",
    "The body is not sent as application/json.",
    t("unsupportedMediaType"),
  ),
  ValidationFailed: problemResponse(
    422,
    "Unprocessable Content",
    "The body does not pass validation: `errors` names each field with a message in the caller's language.",
    t("invalid"),
    { example: VALIDATION_EXAMPLE },
  ),
  FilingUnprocessable: filingUnprocessable(),
  TooManyRequests: problemResponse(
    429,
    "Too Many Requests",
    `Over ${PER_API_KEY.limit} requests a minute with this API key, or ${PER_TOKEN_CLIENT.limit} a minute from this client with a status token.`,
    t("rateLimited", { seconds: 20 }),
    { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } },
  ),
  ServerError: problemResponse(
    500,
    "Internal Server Error",
    "An unexpected failure; it is logged under requestId.",
    t("failed", { requestId: REQUEST_ID }),
  ),
  ServiceUnavailable: problemResponse(
    503,
    "Service Unavailable",
    "The database is away for a moment (a restart, a failover): send the same request again after Retry-After seconds.",
    t("unavailable"),
    { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } },
  ),
};

type TProblemResponse = keyof typeof PROBLEM_RESPONSES;

const STATUS_OF: Record<TProblemResponse, string> = {
  BadRequest: "400",
  Unauthorized: "401",
  Forbidden: "403",
  NotFound: "404",
  ContentTooLarge: "413",
  UnsupportedMediaType: "415",
  ValidationFailed: "422",
  FilingUnprocessable: "422",
  TooManyRequests: "429",
  ServerError: "500",
  ServiceUnavailable: "503",
};

/** An operation's error answers, by status, each a reference to the shared one. */
export function problemResponses(...names: TProblemResponse[]) {
  return Object.fromEntries(names.map((name) => [STATUS_OF[name], { $ref: `#/components/responses/${name}` }]));
}

/**
 * The error answers of an operation that takes a JSON body with an API key: a malformed, too large or
 * non-JSON body, a missing or refused key, the body's own validation (`invalid`), the rate limit, a failure.
 */
export function jsonBodyProblemResponses(invalid: "ValidationFailed" | "FilingUnprocessable") {
  return problemResponses(
    "BadRequest",
    "Unauthorized",
    "Forbidden",
    "ContentTooLarge",
    "UnsupportedMediaType",
    invalid,
    "TooManyRequests",
    "ServerError",
    "ServiceUnavailable",
  );
}
