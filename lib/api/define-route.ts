import "server-only";

import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";

import { bearerToken } from "@/lib/http/bearer-token";
import type { TLocale } from "@/lib/i18n/locales";
import { REQUEST_ID_HEADER } from "@/lib/log/request-logger";
import { recordForbidden } from "@/lib/security/record-forbidden";

import { apiLocale, apiTranslator } from "./api-locale";
import { errorResponse } from "./error-response";

export type TApiRequest<TParams> = { request: NextRequest; params: TParams; locale: TLocale };

/**
 * The one frame of every /api/v1 route handler. The handler does the four steps — authorize (an API key
 * or a status token), parse with the shared schema, call one domain function, answer — and throws for
 * anything else; this turns what it throws into RFC 9457 problem details in the caller's language
 * (Accept-Language), and logs the unexpected with the request id.
 */
export function defineApiRoute<TParams extends Record<string, string> = Record<string, never>>(
  name: string,
  handle: (api: TApiRequest<TParams>) => Promise<Response>,
) {
  return async (request: NextRequest, context: { params: Promise<TParams> }): Promise<Response> => {
    const locale = apiLocale(request);
    try {
      return await handle({ request, params: await context.params, locale });
    } catch (error) {
      const response = await errorResponse(error, await apiTranslator(locale), {
        route: name,
        instance: request.nextUrl.pathname,
        // The proxy gives every request an id; a request that bypassed it (a test) gets one here.
        requestId: request.headers.get(REQUEST_ID_HEADER) ?? randomUUID(),
        hasCredential: bearerToken(request) !== null,
      });
      // Whoever was refused, an API key or a status token, the trail has the route and the client.
      if (response.status === 403) await recordForbidden(null, `api:${name}`);
      return response;
    }
  };
}
