import { getLocale, getTimeZone } from "next-intl/server";

import { formatDate } from "./format-date";

/**
 * Dates on a server-rendered page, as useTextFormat gives them to the browser's components: formatDate in the
 * request's language and time zone. In place of next-intl's getFormatter, whose Russian dates end «г.» (and
 * whose English ones put the month first and the time in AM/PM) unlike the rest of the portal.
 */
export async function getDateFormat() {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return {
    dateTime: (value: Date | number, options?: Intl.DateTimeFormatOptions) =>
      formatDate(value, locale, { timeZone, ...options }),
  };
}
