import { getTranslations } from "next-intl/server";

/** Plain links, rendered on the server (as the header's, see SiteHeader). */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  return (
    <footer className="mt-16 border-t border-line bg-brand-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-6 text-sm text-muted in-[body:has([data-workspace])]:max-w-none">
        <a href="/privacy" className="font-medium text-brand-700 underline underline-offset-2">
          {t("privacy")}
        </a>
        <p>{t("rights")}</p>
        <p>{t("contact")}</p>
      </div>
    </footer>
  );
}
