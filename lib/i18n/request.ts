import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";

import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";

import { LOCALE_COOKIE, resolveLocale } from "./locales";

// Russian is the default; English is chosen with the language switch and kept in a cookie, so URLs stay
// the same in both languages. Dates and times read in the operator's (Moscow) time unless a page says otherwise.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: OPERATOR_TIME_ZONE };
});
