"use server";

import { cookies } from "next/headers";
import { z } from "zod";

import { LOCALE_COOKIE, LOCALES } from "./locales";

const ZSetLocale = z.object({ locale: z.enum(LOCALES) });

/** Remembers the visitor's language for a year. Anyone may call it; it changes nothing but the cookie. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  // Server actions are public endpoints: whatever arrives is checked, FormData or not.
  const parsed = ZSetLocale.safeParse({ locale: formData instanceof FormData ? formData.get("locale") : null });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: false,
  });
}
