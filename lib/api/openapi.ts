import { loyaltyPaths, loyaltySchemas } from "./openapi-loyalty";
import { jsonBodyProblemResponses, PROBLEM_RESPONSES, problemResponses, schemaRef as ref } from "./openapi-responses";
import { componentSchemas, idempotencyKeySchema, requestExamples, type TJsonSchema } from "./openapi-schemas";

const ACCEPT_LANGUAGE = {
  name: "Accept-Language",
  in: "header",
  required: false,
  description: "The language of error messages: ru (the default) or en.",
  schema: { type: "string", examples: ["en"] },
};

function filingOperation(operationId: string, summary: string, schema: string, example: TJsonSchema, now: Date) {
  const filed = {
    caseNumber: schema === "FileClaim" ? "Р-2026-000045" : "Ж-2026-000123",
    status: "REGISTERED",
    dueAt: new Date(now.getTime() + 30 * 86_400_000).toISOString(),
    statusUrl: "https://portal.example/status/q8y0sJ3Xn2QZc6m1h9VtV4uRk7pFb0eWdLa5sN2Yx8E",
    statusToken: "q8y0sJ3Xn2QZc6m1h9VtV4uRk7pFb0eWdLa5sN2Yx8E",
    isJoined: false,
  };
  return {
    post: {
      operationId,
      summary,
      tags: ["cases"],
      security: [{ apiKey: ["cases:write"] }],
      parameters: [{ $ref: "#/components/parameters/IdempotencyKey" }, ACCEPT_LANGUAGE],
      requestBody: { required: true, content: { "application/json": { schema: ref(schema), example } } },
      responses: {
        "201": {
          description:
            "Filed. The status token is shown this once: hand it to the applicant (it is also in their confirmation email).",
          headers: { Location: { description: "The case in this API.", schema: { type: "string", format: "uri" } } },
          content: { "application/json": { schema: ref("FiledCase"), example: filed } },
        },
        "200": {
          description:
            "A replay: this Idempotency-Key filed this case before. Nothing new is filed; the status token is not shown again.",
          content: {
            "application/json": { schema: ref("FiledCase"), example: { ...filed, statusUrl: null, statusToken: null } },
          },
        },
        ...jsonBodyProblemResponses("FilingUnprocessable"),
      },
    },
  };
}

/** The OpenAPI 3.1 description of /api/v1, for the server at `serverUrl`. */
export function buildOpenApiDocument(serverUrl: string, now = new Date()) {
  const examples = requestExamples(now);
  return {
    openapi: "3.1.0",
    info: {
      title: "Customer club and public reception API",
      version: "1.0.0",
      description:
        "File complaints and search claims for lost items on behalf of applicants, and follow their cases. " +
        "Errors are RFC 9457 problem details (application/problem+json) in the language of Accept-Language.",
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: "cases", description: "Complaints, claims and their status" },
      { name: "loyalty", description: "Purchases for points and balances" },
      { name: "meta", description: "This description" },
    ],
    paths: {
      "/api/v1/complaints": filingOperation(
        "fileComplaint",
        "File a complaint or appeal",
        "FileComplaint",
        examples.complaint,
        now,
      ),
      "/api/v1/claims": filingOperation(
        "fileClaim",
        "File a search claim for a lost item",
        "FileClaim",
        examples.claim,
        now,
      ),
      "/api/v1/cases/{number}": {
        get: {
          operationId: "readCase",
          summary: "Read a case's status and public history",
          tags: ["cases"],
          security: [{ apiKey: ["cases:read"] }, { statusToken: [] }, { statusTokenQuery: [] }],
          parameters: [
            {
              name: "number",
              in: "path",
              required: true,
              description: "The case number.",
              schema: { type: "string", examples: ["Ж-2026-000123"] },
            },
            ACCEPT_LANGUAGE,
          ],
          responses: {
            "200": {
              description: "The case. Texts of public replies are included for the status token's holder only.",
              content: {
                "application/json": {
                  schema: ref("Case"),
                  example: {
                    number: "Ж-2026-000123",
                    type: "COMPLAINT",
                    status: "ANSWERED",
                    createdAt: "2026-03-02T08:15:00.000Z",
                    dueAt: "2026-04-01T20:59:59.999Z",
                    history: [
                      { kind: "FILED", at: "2026-03-02T08:15:00.000Z" },
                      { kind: "PUBLIC_REPLY", at: "2026-03-10T12:00:00.000Z", text: "Мы проверили работу отделения…" },
                    ],
                  },
                },
              },
            },
            ...problemResponses(
              "Unauthorized",
              "Forbidden",
              "NotFound",
              "TooManyRequests",
              "ServerError",
              "ServiceUnavailable",
            ),
          },
        },
      },
      ...loyaltyPaths(ACCEPT_LANGUAGE, now),
      "/api/v1/openapi.json": {
        get: {
          operationId: "openApiDocument",
          summary: "This description",
          tags: ["meta"],
          security: [],
          responses: {
            "200": {
              description: "The OpenAPI 3.1 document.",
              content: { "application/json": { schema: { type: "object" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: { ...componentSchemas(), ...loyaltySchemas() },
      responses: PROBLEM_RESPONSES,
      parameters: {
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description:
            "Makes a retry safe: the same key again, with the same API key and the same request, answers 200 with the case " +
            "filed the first time and files nothing. The same key with a different request (another body, or the other " +
            "kind of filing) answers 422 and files nothing: a key stands for one request. 16–100 characters of A–Z, a–z, " +
            "0–9, _ and -; a UUID will do.",
          schema: idempotencyKeySchema(),
        },
      },
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "pk_…",
          description:
            "An API key issued by an administrator in the console (API keys): Authorization: Bearer pk_…. Each key " +
            "carries scopes: cases:write files complaints and claims, cases:read reads any case, loyalty:write " +
            "posts purchases, loyalty:read reads balances.",
        },
        statusToken: {
          type: "http",
          scheme: "bearer",
          description: "The applicant's secret status token, returned when filing: reads that one case.",
        },
        statusTokenQuery: {
          type: "apiKey",
          in: "query",
          name: "token",
          description: "The status token as a query parameter, for links. API keys are not accepted here.",
        },
      },
    },
  };
}
