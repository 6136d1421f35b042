import { getLocale, getTranslations } from "next-intl/server";

import { setLocaleAction } from "@/lib/i18n/set-locale-action";

/** A plain form, so the switch works before (and without) JavaScript. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("nav")]);
  const other = locale === "ru" ? "en" : "ru";
  return (
    <form action={setLocaleAction}>
      <button
        type="submit"
        name="locale"
        value={other}
        lang={other}
        aria-label={t("switchToLabel")}
        className="min-h-11 rounded-lg border border-line px-3 text-sm font-medium hover:bg-brand-50"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
