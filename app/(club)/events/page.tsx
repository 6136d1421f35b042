import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ApplyForm } from "@/components/events/apply-form";
import { MyRegistrations } from "@/components/events/my-registrations";
import { InfoPage } from "@/components/layout/info-page";
import { memberPage } from "@/lib/auth/page-guards";
import { eventsForMember } from "@/lib/events/queries";
import { getDateFormat } from "@/lib/i18n/date-format";
import { placeLine } from "@/lib/i18n/person-name";
import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";

import { applyToEventAction, cancelMyRegistrationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

export default async function MemberEventsPage() {
  const user = await memberPage("/events");
  const [t, format, { open, registrations }] = await Promise.all([
    getTranslations("events"),
    getDateFormat(),
    eventsForMember(user.id),
  ]);
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <section aria-labelledby="mine-heading" className="flex flex-col gap-3">
        <h2 id="mine-heading" className="text-2xl font-semibold">
          {t("member.mine")}
        </h2>
        {registrations.length === 0 ? (
          <p className="text-muted">{t("member.mineEmpty")}</p>
        ) : (
          <MyRegistrations registrations={registrations} cancelAction={cancelMyRegistrationAction} />
        )}
      </section>
      <section aria-labelledby="open-heading" className="flex flex-col gap-3">
        <h2 id="open-heading" className="text-2xl font-semibold">
          {t("member.open")}
        </h2>
        {open.length === 0 ? <p className="text-muted">{t("member.openEmpty")}</p> : null}
        {open.map((event) => (
          <ApplyForm
            key={event.id}
            eventId={event.id}
            title={event.title}
            screening={event.screening}
            hasFreePlaces={event.freePlaces > 0}
            action={applyToEventAction}
          >
            <p className="text-sm text-muted">
              {t(`kinds.${event.kind}`)} ·{" "}
              {format.dateTime(event.startsAt, { dateStyle: "long", timeStyle: "short", timeZone: OPERATOR_TIME_ZONE })}{" "}
              ({t("moscowTime")}) ·{" "}
              {event.address ? placeLine(event.city, event.address) : `${event.city} · ${t("online")}`} ·{" "}
              {event.freePlaces > 0 ? t("freePlaces", { count: event.freePlaces }) : t("noPlaces")}
            </p>
            {event.description ? <p>{event.description}</p> : null}
          </ApplyForm>
        ))}
      </section>
    </InfoPage>
  );
}
