import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { InfoPage } from "@/components/layout/info-page";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { listUpcomingMeetings } from "@/lib/events/queries";
import { getDateFormat } from "@/lib/i18n/date-format";
import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";
import * as z from "@/lib/validation/z";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("public.title") };
}

const ZTown = z.string().trim().max(100).optional().catch(undefined);

/** Upcoming club meetings by town, for everyone: what, when, where and how many places are free; no names. */
export default async function MeetingsPage({ searchParams }: { searchParams: Promise<{ town?: string | string[] }> }) {
  const town = ZTown.parse((await searchParams).town) || undefined;
  const [t, format, { towns, meetings }] = await Promise.all([
    getTranslations("events"),
    getDateFormat(),
    listUpcomingMeetings(town),
  ]);
  return (
    <InfoPage title={t("public.title")} lead={t("public.lead")}>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="meetings-town" className="font-medium">
            {t("public.town")}
          </label>
          <Select id="meetings-town" name="town" defaultValue={town ?? ""} className="min-w-56">
            <option value="">{t("public.allTowns")}</option>
            {towns.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">
          {t("public.show")}
        </Button>
      </form>
      <div aria-live="polite">
        {meetings.length === 0 ? (
          <p className="text-muted">{t("public.empty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {meetings.map((meeting) => (
              <li
                key={meeting.id}
                className="flex flex-col gap-1 rounded-xl border border-line p-4"
                data-testid="meeting"
              >
                <h2 className="text-xl font-semibold">{meeting.title}</h2>
                <p className="text-sm text-muted">
                  {format.dateTime(meeting.startsAt, {
                    dateStyle: "full",
                    timeStyle: "short",
                    timeZone: OPERATOR_TIME_ZONE,
                  })}{" "}
                  ({t("moscowTime")})
                </p>
                <p>{meeting.address ? `${meeting.city}, ${meeting.address}` : `${meeting.city} · ${t("online")}`}</p>
                {meeting.description ? <p>{meeting.description}</p> : null}
                <p>{meeting.freePlaces > 0 ? t("freePlaces", { count: meeting.freePlaces }) : t("noPlaces")}</p>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-wrap gap-4">
        <Link href="/events" className="font-medium text-brand-700 underline">
          {t("public.signUp")}
        </Link>
        <Link href="/club" className="font-medium text-brand-700 underline">
          {t("public.join")}
        </Link>
      </div>
    </InfoPage>
  );
}
