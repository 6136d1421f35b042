import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { ForbiddenNotice } from "@/components/console/forbidden-notice";
import { EventForm } from "@/components/events/event-form";
import { InfoPage } from "@/components/layout/info-page";
import { staffPage } from "@/lib/auth/page-guards";
import { listEventsForStaff } from "@/lib/events/queries";
import { CLUB_MANAGERS } from "@/lib/events/roles";
import { knownRegions } from "@/lib/surveys/build-survey";

import { countEventSegmentAction, saveEventAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("console.title") };
}

export default async function ConsoleEventsPage() {
  const user = await staffPage("/console/events", ...CLUB_MANAGERS);
  if (user === "forbidden") return <ForbiddenNotice />;
  const [t, format, events, regions] = await Promise.all([getTranslations("events"), getFormatter(), listEventsForStaff(), knownRegions()]);
  return (
    <InfoPage title={t("console.title")} lead={t("console.lead")}>
      <h2 className="text-2xl font-semibold">{t("console.list")}</h2>
      {events.length === 0 ? (
        <p className="text-muted">{t("console.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">{t("console.columns.title")}</th>
                <th scope="col" className="py-2 pr-3">{t("console.columns.kind")}</th>
                <th scope="col" className="py-2 pr-3">{t("console.columns.city")}</th>
                <th scope="col" className="py-2 pr-3">{t("console.columns.startsAt")}</th>
                <th scope="col" className="py-2 pr-3">{t("console.columns.status")}</th>
                <th scope="col" className="py-2">{t("console.columns.places")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} className="border-b border-line">
                  <td className="py-2 pr-3">
                    <Link href={`/console/events/${event.id}`} className="font-medium text-brand-700 underline">
                      {event.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{t(`kinds.${event.kind}`)}</td>
                  <td className="py-2 pr-3">{event.city}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">
                    {format.dateTime(event.startsAt, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Moscow" })}
                  </td>
                  <td className="py-2 pr-3">{t(`eventStatuses.${event.status}`)}</td>
                  <td className="py-2">{t("console.places", { ...event })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <EventForm regions={regions} action={saveEventAction} countAction={countEventSegmentAction} />
    </InfoPage>
  );
}
