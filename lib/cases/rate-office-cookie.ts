import "server-only";

import { cookies } from "next/headers";

import { appUrl } from "@/lib/config";

import type { TFilingContext } from "./filing";
import { rateOffice, RATING_REPEAT_WINDOW_MINUTES, type TRatedOffice } from "./rate-office";
import type { TRateOffice } from "./schemas";

/**
 * The browser's recent office ratings, by their status tokens, so that a second rating of the same office
 * corrects the first (rateOffice). httpOnly: only the server reads it. It lives as long as the repeat
 * window, and holds the last few ratings, one per office a person might rate in a row.
 */
const COOKIE = "office-ratings";
const MAX_RATINGS = 5;
// Status tokens are base64url, which has no dot.
const SEPARATOR = ".";

export async function ratingsOfThisBrowser(): Promise<string[]> {
  const value = (await cookies()).get(COOKIE)?.value ?? "";
  return value
    .split(SEPARATOR)
    .filter((token) => /^[\w-]{20,100}$/.test(token))
    .slice(-MAX_RATINGS);
}

/** Adds a rating's status token to the browser's list (once; the newest last). */
export async function rememberRating(token: string): Promise<void> {
  const earlier = (await ratingsOfThisBrowser()).filter((kept) => kept !== token);
  (await cookies()).set(COOKIE, [...earlier, token].slice(-MAX_RATINGS).join(SEPARATOR), {
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl().startsWith("https:"),
    path: "/",
    maxAge: RATING_REPEAT_WINDOW_MINUTES * 60,
  });
}

/**
 * A rating from the site: this browser's recent ratings are asked about (a second one of the same office
 * corrects the first), and the rating is added to them.
 */
export async function rateOfficeFromBrowser(input: TRateOffice, ctx: TFilingContext): Promise<TRatedOffice> {
  const rated = await rateOffice(input, ctx, { earlierTokens: await ratingsOfThisBrowser() });
  if (rated.statusToken) await rememberRating(rated.statusToken);
  return rated;
}
