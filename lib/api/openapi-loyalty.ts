import en from "@/lib/i18n/messages/en.json";
import { ZBalanceResponse, ZPostedPurchaseResponse, ZPostPurchase } from "@/lib/loyalty/schemas";

import { jsonBodyProblemResponses, problemResponses, schemaRef as ref } from "./openapi-responses";
import { jsonSchemaOf, type TJsonSchema } from "./openapi-schemas";

// The loyalty operations of /api/v1: purchases posted for points, and a card's balance.

const CARD = "2700000000014";

function problem(status: number, title: string, description: string, detail: string, instance: string) {
  return {
    description,
    content: {
      "application/problem+json": {
        schema: ref("Problem"),
        example: {
          type: "about:blank",
          title,
          status,
          detail,
          instance,
          requestId: "0b6f3c1e-5d0e-4a63-9d43-2b1f0e1c7a55",
        },
      },
    },
  };
}

export function loyaltySchemas(): Record<string, TJsonSchema> {
  return {
    PostPurchase: jsonSchemaOf(ZPostPurchase, "input"),
    PostedPurchase: jsonSchemaOf(ZPostedPurchaseResponse, "output"),
    Balance: jsonSchemaOf(ZBalanceResponse, "output"),
  };
}

export function loyaltyPaths(acceptLanguage: TJsonSchema, now: Date) {
  const posted = {
    purchaseId: "0196a3c2-6a1e-7c3b-9e0f-1d2c3b4a5f60",
    externalId: "till-101000-000123",
    points: 20,
    balance: 340,
  };
  return {
    "/api/v1/loyalty/purchases": {
      post: {
        operationId: "postPurchase",
        summary: "Post a purchase for loyalty points",
        description:
          "Points are floor(amount in roubles / 100) × the points per 100 ₽ of the staff's rule for the category, within " +
          "the rule's daily and monthly limits; a category without a rule earns none, but the purchase is recorded. " +
          "Idempotent by externalId: posting the same purchase again answers 200 with the same purchase and points.",
        tags: ["loyalty"],
        security: [{ apiKey: ["loyalty:write"] }],
        parameters: [acceptLanguage],
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: ref("PostPurchase"),
              example: {
                externalId: posted.externalId,
                cardNumber: CARD,
                amountKopecks: 45_990,
                category: "postal-services",
                officePostcode: "101000",
                purchasedAt: new Date(now.getTime() - 60_000).toISOString(),
              },
            },
          },
        },
        responses: {
          "201": {
            description: "Recorded, and its points credited.",
            content: { "application/json": { schema: ref("PostedPurchase"), example: posted } },
          },
          "200": {
            description: "A replay: this externalId was posted before. Nothing more is credited.",
            content: { "application/json": { schema: ref("PostedPurchase"), example: posted } },
          },
          "404": problem(
            404,
            "Not Found",
            "No club member holds this card.",
            en.loyalty.errors.cardNotFound,
            "/api/v1/loyalty/purchases",
          ),
          "409": problem(
            409,
            "Conflict",
            "This externalId was posted before with another card, amount or category.",
            en.loyalty.errors.purchaseConflict,
            "/api/v1/loyalty/purchases",
          ),
          ...jsonBodyProblemResponses("ValidationFailed"),
        },
      },
    },
    "/api/v1/loyalty/members/{card}/balance": {
      get: {
        operationId: "readBalance",
        summary: "Read a loyalty card's points balance",
        tags: ["loyalty"],
        security: [{ apiKey: ["loyalty:read"] }],
        parameters: [
          {
            name: "card",
            in: "path",
            required: true,
            description: "The card number (EAN-13, starting with 27).",
            schema: { type: "string", examples: [CARD] },
          },
          acceptLanguage,
        ],
        responses: {
          "200": {
            description: "The balance: the sum of the card's points ledger.",
            content: {
              "application/json": {
                schema: ref("Balance"),
                example: { cardNumber: CARD, balance: 340, updatedAt: "2026-05-20T08:59:00.000Z" },
              },
            },
          },
          "404": problem(
            404,
            "Not Found",
            "No club member holds this card.",
            en.loyalty.errors.cardNotFound,
            `/api/v1/loyalty/members/${CARD}/balance`,
          ),
          ...problemResponses(
            "Unauthorized",
            "Forbidden",
            "ValidationFailed",
            "TooManyRequests",
            "ServerError",
            "ServiceUnavailable",
          ),
        },
      },
    },
  };
}
