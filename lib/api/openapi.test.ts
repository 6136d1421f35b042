import fs from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";

import { ZFileClaim, ZFileComplaint } from "@/lib/cases/schemas";

import { buildOpenApiDocument } from "./openapi";
import { jsonSchemaOf } from "./openapi-schemas";
import { ZCaseResponse, ZFiledCaseResponse, ZProblemDetails } from "./schemas";

const NOW = new Date("2026-05-20T09:00:00Z");
/** The document as a client receives it: JSON text, parsed. */
const document = () => JSON.parse(JSON.stringify(buildOpenApiDocument("https://portal.example", NOW)));

/** Every route handler under app/api/v1 as "METHOD /path", read from the files themselves. */
function routesOnDisk(): string[] {
  const root = path.join(process.cwd(), "app/api/v1");
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("route.ts"));
  return files.flatMap((file) => {
    const source = fs.readFileSync(path.join(root, file), "utf8");
    const routePath = `/api/v1/${path.dirname(file)}`.replace(/\[([^\]]+)\]/g, "{$1}");
    return [...source.matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g)].map(
      (match) => `${match[1]} ${routePath}`,
    );
  });
}

function documentedRoutes(doc: { paths: Record<string, object> }): string[] {
  return Object.entries(doc.paths).flatMap(([routePath, item]) =>
    Object.keys(item).map((method) => `${method.toUpperCase()} ${routePath}`),
  );
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const doc = document();
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(doc);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it("describes every route handler under /api/v1 and nothing else", () => {
    expect(documentedRoutes(document()).sort()).toEqual(routesOnDisk().sort());
    expect(routesOnDisk()).toEqual(
      expect.arrayContaining(["POST /api/v1/complaints", "POST /api/v1/claims", "GET /api/v1/cases/{number}"]),
    );
  });

  it("takes the request bodies from the forms' zod schemas, minus the web form's bot trap", () => {
    const { schemas } = document().components;
    for (const [name, zodSchema] of [
      ["FileComplaint", ZFileComplaint],
      ["FileClaim", ZFileClaim],
    ] as const) {
      const generated = jsonSchemaOf(zodSchema, "input") as { properties: Record<string, object>; required: string[] };
      const documented = schemas[name] as { properties: Record<string, object>; required: string[] };
      expect(Object.keys(documented.properties).sort()).toEqual(
        Object.keys(generated.properties)
          .filter((key) => key !== "website")
          .sort(),
      );
      expect(documented.required).toEqual(generated.required);
      // The personal-data consent is required, must be true, and says what it stands for.
      expect(documented.required).toContain("consent");
      expect(documented.properties.consent).toMatchObject({
        type: "boolean",
        const: true,
        description: expect.stringContaining("152-FZ"),
      });
    }
  });

  it("wires each operation to its schemas, security and problem responses", () => {
    const doc = document();
    const complaints = doc.paths["/api/v1/complaints"].post;
    expect(complaints.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/FileComplaint",
    });
    expect(doc.paths["/api/v1/claims"].post.requestBody.content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/FileClaim",
    });
    expect(complaints.security).toEqual([{ apiKey: ["cases:write"] }]);
    expect(complaints.responses["201"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/FiledCase",
    });
    expect(complaints.responses["422"]).toEqual({ $ref: "#/components/responses/FilingUnprocessable" });
    // A filing's 422 is also the answer to an Idempotency-Key used with a different request, and says so.
    const unprocessable = doc.components.responses.FilingUnprocessable;
    expect(unprocessable.description).toContain("Idempotency-Key was used before with a different request");
    expect(unprocessable.content["application/problem+json"].examples.idempotencyKeyReused.value.detail).toContain(
      "Idempotency-Key",
    );
    expect(doc.components.parameters.IdempotencyKey.description).toContain("answers 422");
    const readCase = doc.paths["/api/v1/cases/{number}"].get;
    expect(readCase.security).toEqual([{ apiKey: ["cases:read"] }, { statusToken: [] }, { statusTokenQuery: [] }]);
    expect(Object.keys(readCase.responses)).toEqual(expect.arrayContaining(["200", "401", "404"]));
    expect(doc.paths["/api/v1/openapi.json"].get.security).toEqual([]);
    expect(doc.components.responses.ValidationFailed.content["application/problem+json"].schema).toEqual({
      $ref: "#/components/schemas/Problem",
    });
  });

  it("gives examples that the schemas accept", () => {
    const doc = document();
    expect(
      ZFileComplaint.safeParse(doc.paths["/api/v1/complaints"].post.requestBody.content["application/json"].example)
        .error,
    ).toBeUndefined();
    // The claim example's sending date is recent, so it stays within the 6-month window whenever the document is built.
    const claim =
      buildOpenApiDocument("https://portal.example").paths["/api/v1/claims"].post.requestBody.content[
        "application/json"
      ].example;
    expect(ZFileClaim.safeParse(claim).error).toBeUndefined();
    for (const status of ["200", "201"] as const) {
      expect(
        ZFiledCaseResponse.safeParse(
          doc.paths["/api/v1/claims"].post.responses[status].content["application/json"].example,
        ).error,
      ).toBeUndefined();
    }
    expect(
      ZCaseResponse.safeParse(
        doc.paths["/api/v1/cases/{number}"].get.responses["200"].content["application/json"].example,
      ).error,
    ).toBeUndefined();
    type TProblemContent = { example?: unknown; examples?: Record<string, { value: unknown }> };
    for (const response of Object.values<{ content: Record<string, TProblemContent> }>(doc.components.responses)) {
      const content = response.content["application/problem+json"];
      const examples = content.examples
        ? Object.values(content.examples).map((named) => named.value)
        : [content.example];
      for (const example of examples) expect(ZProblemDetails.safeParse(example).error).toBeUndefined();
    }
  });

  it("says a case's deadline is null when it has no term (an office rating) and moves off days off", () => {
    const { schemas } = document().components;
    for (const name of ["Case", "FiledCase"]) {
      const dueAt = schemas[name].properties.dueAt;
      expect(JSON.stringify(dueAt)).toContain('"null"');
      expect(dueAt.description).toMatch(/Null for a case with no term: an office rating/);
      expect(dueAt.description).toContain("next working day");
    }
    expect(
      ZCaseResponse.safeParse({
        number: "О-2026-000001",
        type: "RATING",
        status: "REGISTERED",
        createdAt: NOW.toISOString(),
        dueAt: null,
        history: [],
      }).success,
    ).toBe(true);
  });

  it("names the running server", () => {
    expect(buildOpenApiDocument("https://portal.example").servers).toEqual([{ url: "https://portal.example" }]);
  });
});
