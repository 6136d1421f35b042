import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { memberRegistrations } from "@/lib/events/queries";

import { MyRegistrations } from "./my-registrations";

/** The account page's section: the member's events, with a link to the events page where places are managed. */
export async function MyEventsSection({ memberId }: { memberId: string }) {
  const [t, registrations] = await Promise.all([getTranslations("events.account"), memberRegistrations(memberId)]);
  const upcoming = registrations.filter((registration) => registration.status !== "CANCELLED").slice(0, 5);
  return (
    <section aria-labelledby="my-events-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
      <h2 id="my-events-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {upcoming.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <MyRegistrations registrations={upcoming} />
      )}
      <Link href="/events" className="self-start font-medium text-brand-700 underline">
        {t("link")}
      </Link>
    </section>
  );
}
