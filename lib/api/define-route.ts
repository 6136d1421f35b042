import "server-only";

import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";

import { getCurrentUser } from "@/lib/auth/current-user";
import { bearerToken } from "@/lib/http/bearer-token";
import { LOCALE_COOKIE, resolveLocale, type TLocale } from "@/lib/i18n/locales";
import { REQUEST_ID_HEADER } from "@/lib/log/request-logger";
import { recordForbidden } from "@/lib/security/record-forbidden";

import { apiLocale, apiTranslator } from "./api-locale";
import { errorResponse, type TProblemTexts } from "./error-response";

type TParams = Record<string, string>;

export type TRouteRequest<P extends TParams, TActor = unknown> = {
  request: NextRequest;
  params: P;
  locale: TLocale;
  /** The id in the logs and in X-Request-Id: a handler that logs passes it to requestLogger. */
  requestId: string;
  /** What `authorize` returned; undefined on a route without it. */
  actor: TActor;
};

export type TApiRequest<P extends TParams> = Omit<TRouteRequest<P>, "actor">;

/**
 * The two kinds of caller. The site's routes answer a browser: its session cookie decides who asks, its
 * language cookie the language. The API answers other systems: a Bearer credential decides who asks,
 * Accept-Language the language (the site's cookie means nothing to another system).
 */
type TCaller = {
  locale: (request: NextRequest) => TLocale;
  texts: TProblemTexts;
  hasBearer: boolean;
  /** The prefix of the security trail's target, as pages (`page:`) and actions (`action:`) have theirs. */
  trail: "route" | "api";
};

const SITE: TCaller = {
  locale: (request) => resolveLocale(request.cookies.get(LOCALE_COOKIE)?.value),
  texts: {
    unauthenticated: "routes.unauthenticated",
    forbidden: "routes.forbidden",
    invalid: "routes.invalid",
    failed: "routes.failed",
    unavailable: "routes.unavailable",
  },
  hasBearer: false,
  trail: "route",
};

const API: TCaller = {
  locale: apiLocale,
  texts: {
    unauthenticated: "apiKeys.problem.unauthenticated",
    forbidden: "apiKeys.problem.forbidden",
    invalid: "apiKeys.problem.invalid",
    failed: "apiKeys.problem.failed",
    unavailable: "apiKeys.problem.unavailable",
  },
  hasBearer: true,
  trail: "api",
};

/** Adds the request id to an answer; one whose headers are locked (a redirect) is copied first. */
function withRequestId(response: Response, requestId: string): Response {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set(REQUEST_ID_HEADER, requestId);
    return copy;
  }
}

function pipeline<P extends TParams, TActor>(
  caller: TCaller,
  name: string,
  authorize: (() => Promise<TActor>) | undefined,
  handle: (route: TRouteRequest<P, TActor>) => Promise<Response>,
) {
  // The context is optional for the callers of a route without parameters (tests, scripts); Next.js passes it.
  return async (incoming: Request, context?: { params: Promise<P> }): Promise<Response> => {
    // Next.js hands route handlers a NextRequest; a test or a script may hand a plain Request.
    const request = incoming instanceof NextRequest ? incoming : new NextRequest(incoming);
    const locale = caller.locale(request);
    // The proxy gives every request an id; a request that bypassed it (a test) gets one here.
    const requestId = request.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
    try {
      const actor = (authorize ? await authorize() : undefined) as TActor;
      const params = ((await context?.params) ?? {}) as P;
      return withRequestId(await handle({ request, params, locale, requestId, actor }), requestId);
    } catch (error) {
      const response = await errorResponse(error, await apiTranslator(locale), {
        route: name,
        instance: request.nextUrl.pathname,
        requestId,
        texts: caller.texts,
        bearer: caller.hasBearer ? { hasCredential: bearerToken(request) !== null } : null,
      });
      // Whoever was refused, the trail has the route and the client; a session's refusal also its person.
      if (response.status === 403)
        await recordForbidden(authorize ? await getCurrentUser() : null, `${caller.trail}:${name}`);
      return withRequestId(response, requestId);
    }
  };
}

/**
 * The one frame of every route handler of the site (console downloads, the member's data, public lookups,
 * health). `authorize` is the session check — requireAbility(...), requireStaff(), requireMember() — and runs first, so a
 * stranger learns nothing, not even what a valid request looks like. The handler parses, calls one domain
 * function and answers; what it throws (AuthError, ZodError, ApiError, ActionError, anything else) becomes
 * RFC 9457 problem details in the visitor's language, a 403 is recorded, the unexpected is logged with the
 * request id, and every answer carries X-Request-Id.
 */
export function defineRoute<P extends TParams = Record<string, never>, TActor = unknown>(config: {
  /** For logs and the security trail (`route:<name>`). */
  name: string;
  authorize?: () => Promise<TActor>;
  handle: (route: TRouteRequest<P, TActor>) => Promise<Response>;
}) {
  return pipeline(SITE, config.name, config.authorize, config.handle);
}

/**
 * The same frame for /api/v1: the handler authorizes itself (an API key or a status token, both read from
 * the request) and throws AuthError to refuse; refusals carry the Bearer challenge (RFC 6750), texts follow
 * Accept-Language, and the trail's target is `api:<name>`.
 */
export function defineApiRoute<P extends TParams = Record<string, never>>(
  name: string,
  handle: (api: TApiRequest<P>) => Promise<Response>,
) {
  return pipeline<P, undefined>(API, name, undefined, handle);
}
