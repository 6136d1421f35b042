import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { EventForm } from "@/components/events/event-form";
import { InfoPage } from "@/components/layout/info-page";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { staffPage } from "@/lib/auth/page-guards";
import { listEventsForStaff } from "@/lib/events/queries";
import { getDateFormat } from "@/lib/i18n/date-format";
import { knownRegions } from "@/lib/surveys/build-survey";
import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";

import { countEventSegmentAction, saveEventAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("console.title") };
}

export default async function ConsoleEventsPage() {
  await staffPage("/console/events", "event.manage");
  const [t, format, events, regions] = await Promise.all([
    getTranslations("events"),
    getDateFormat(),
    listEventsForStaff(),
    knownRegions(),
  ]);
  return (
    <InfoPage title={t("console.title")} lead={t("console.lead")}>
      <h2 className="text-2xl font-semibold">{t("console.list")}</h2>
      {events.length === 0 ? (
        <p className="text-muted">{t("console.empty")}</p>
      ) : (
        <Table>
          <TableHead>
            <HeaderCell>{t("console.columns.title")}</HeaderCell>
            <HeaderCell>{t("console.columns.kind")}</HeaderCell>
            <HeaderCell>{t("console.columns.city")}</HeaderCell>
            <HeaderCell>{t("console.columns.startsAt")}</HeaderCell>
            <HeaderCell>{t("console.columns.status")}</HeaderCell>
            <HeaderCell>{t("console.columns.places")}</HeaderCell>
          </TableHead>
          <tbody>
            {events.map((event) => (
              <Row key={event.id}>
                <Cell>
                  <Link href={`/console/events/${event.id}`} className="font-medium text-brand-700 underline">
                    {event.title}
                  </Link>
                </Cell>
                <Cell>{t(`kinds.${event.kind}`)}</Cell>
                <Cell>{event.city}</Cell>
                <Cell className="whitespace-nowrap">
                  {format.dateTime(event.startsAt, {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone: OPERATOR_TIME_ZONE,
                  })}
                </Cell>
                <Cell>{t(`eventStatuses.${event.status}`)}</Cell>
                <Cell>{t("console.places", { ...event })}</Cell>
              </Row>
            ))}
          </tbody>
        </Table>
      )}
      <EventForm regions={regions} action={saveEventAction} countAction={countEventSegmentAction} />
    </InfoPage>
  );
}
