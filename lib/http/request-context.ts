import "server-only";

import { cookies, headers } from "next/headers";

import { LOCALE_COOKIE, resolveLocale, type TLocale } from "@/lib/i18n/locales";

import { clientIp } from "./client-ip";

/** Who is asking, as far as limits and languages care: the client's address and chosen language. */
export async function requestContext(): Promise<{ ip: string; locale: TLocale }> {
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  return { ip: clientIp(requestHeaders), locale: resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value) };
}
