import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AttendanceCheckbox } from "@/components/events/attendance-checkbox";
import { CheckInForm } from "@/components/events/check-in-form";
import { EventForm } from "@/components/events/event-form";
import { InfoPage } from "@/components/layout/info-page";
import { ActionButton } from "@/components/ui/action-button";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { staffPage } from "@/lib/auth/page-guards";
import { toMoscowInput } from "@/lib/events/moscow-time";
import { eventForStaff } from "@/lib/events/queries";
import { getDateFormat } from "@/lib/i18n/date-format";
import { personName, placeLine } from "@/lib/i18n/person-name";
import { knownRegions } from "@/lib/surveys/build-survey";
import { OPERATOR_TIME_ZONE } from "@/lib/time/operator-day";
import { isUuid } from "@/lib/validation/uuid";

import {
  cancelEventAction,
  cancelRegistrationAction,
  checkInByCodeAction,
  countEventSegmentAction,
  decideRegistrationAction,
  markAttendanceAction,
  publishEventAction,
  saveEventAction,
} from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("console.title") };
}

export default async function ConsoleEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await staffPage(`/console/events/${id}`, "event.manage");
  if (!isUuid(id)) notFound();
  const [t, tEnum, tConsole, format, event, regions] = await Promise.all([
    getTranslations("events"),
    getTranslations("enums"),
    getTranslations("console"),
    getDateFormat(),
    eventForStaff(id),
    knownRegions(),
  ]);
  if (!event) notFound();
  const accepted = event.registrations.filter((registration) => registration.status === "ACCEPTED").length;
  return (
    <InfoPage
      title={event.title}
      lead={`${tEnum(`ClubEventKind.${event.kind}`)} · ${placeLine(event.city, event.address)}`}
    >
      {/* Announced when it changes: the publish button that caused it is gone after the refresh. */}
      <p aria-live="polite" className="text-lg font-semibold" data-testid="event-status">
        {tEnum(`ClubEventStatus.${event.status}`)}
      </p>
      <Link href="/console/events" className="self-start font-medium text-brand-700 underline">
        {t("console.back")}
      </Link>
      <p data-testid="event-places">
        {t("console.places", {
          accepted,
          capacity: event.capacity,
          waitlisted: event.registrations.filter((registration) => registration.status === "WAITLISTED").length,
          pending: event.registrations.filter((registration) => registration.status === "PENDING").length,
        })}
      </p>
      {event.status !== "CANCELLED" ? (
        <div className="flex flex-wrap items-start gap-3">
          {event.status === "DRAFT" ? (
            <ActionButton
              label={t("console.publish")}
              done={t("console.published")}
              action={publishEventAction}
              input={{ eventId: event.id }}
              variant="primary"
            />
          ) : null}
          <ActionButton
            label={t("console.cancelEvent")}
            done={t("console.eventCancelled")}
            action={cancelEventAction}
            input={{ eventId: event.id }}
          />
        </div>
      ) : null}

      <section aria-labelledby="registrations-heading" className="flex flex-col gap-3">
        <h2 id="registrations-heading" className="text-2xl font-semibold">
          {t("console.registrations")}
        </h2>
        {event.registrations.length === 0 ? (
          <p className="text-muted">{t("console.registrationsEmpty")}</p>
        ) : (
          <Table>
            <TableHead>
              <HeaderCell>{t("console.regColumns.member")}</HeaderCell>
              <HeaderCell>{t("console.regColumns.status")}</HeaderCell>
              <HeaderCell>{t("console.regColumns.answers")}</HeaderCell>
              <HeaderCell>{t("console.regColumns.attended")}</HeaderCell>
              <HeaderCell>{t("console.regColumns.actions")}</HeaderCell>
            </TableHead>
            <tbody>
              {event.registrations.map((registration) => {
                const name =
                  personName(registration.member.firstName, registration.member.lastName) || tConsole("noName");
                const answers = registration.screeningAnswers as Record<string, string>;
                const isOpen = registration.status === "PENDING" || registration.status === "WAITLISTED";
                return (
                  <Row
                    key={registration.id}
                    className="align-top"
                    data-testid={`registration-${registration.member.email}`}
                  >
                    <Cell>
                      {name}
                      <br />
                      <span className="text-muted">{registration.member.email}</span>
                    </Cell>
                    <Cell>{tEnum(`RegistrationStatus.${registration.status}`)}</Cell>
                    <Cell>
                      {event.screening.map((question) => (
                        <p key={question.id}>
                          <span className="text-muted">{question.text}</span> {answers[question.id] ?? "—"}
                        </p>
                      ))}
                    </Cell>
                    <Cell>
                      {registration.status === "ACCEPTED" && event.status === "PUBLISHED" ? (
                        <AttendanceCheckbox
                          registrationId={registration.id}
                          isAttended={registration.attendedAt !== null}
                          label={t("console.attendedLabel", { name })}
                          action={markAttendanceAction}
                        />
                      ) : null}
                    </Cell>
                    <Cell className="flex flex-wrap gap-2">
                      {isOpen && event.status === "PUBLISHED" ? (
                        <>
                          <ActionButton
                            label={t("console.accept")}
                            action={decideRegistrationAction}
                            input={{ registrationId: registration.id, decision: "ACCEPT" as const }}
                          />
                          <ActionButton
                            label={t("console.decline")}
                            action={decideRegistrationAction}
                            input={{ registrationId: registration.id, decision: "DECLINE" as const }}
                          />
                        </>
                      ) : null}
                      {registration.status !== "CANCELLED" &&
                      registration.status !== "DECLINED" &&
                      event.status === "PUBLISHED" ? (
                        <ActionButton
                          label={t("console.cancelRegistration")}
                          action={cancelRegistrationAction}
                          input={{ registrationId: registration.id }}
                          variant="ghost"
                        />
                      ) : null}
                    </Cell>
                  </Row>
                );
              })}
            </tbody>
          </Table>
        )}
        {accepted > 0 && event.status === "PUBLISHED" ? (
          <CheckInForm eventId={event.id} action={checkInByCodeAction} />
        ) : null}
      </section>

      {event.status !== "CANCELLED" ? (
        <EventForm
          initial={{
            id: event.id,
            kind: event.kind,
            title: event.title,
            description: event.description ?? "",
            city: event.city,
            address: event.address ?? "",
            onlineUrl: event.onlineUrl ?? "",
            startsAt: toMoscowInput(event.startsAt),
            endsAt: toMoscowInput(event.endsAt),
            capacity: String(event.capacity),
            segment: event.segment,
            screening: event.screening.map((question) => question.text).join("\n"),
          }}
          regions={regions}
          action={saveEventAction}
          countAction={countEventSegmentAction}
        />
      ) : null}
      <p className="text-sm text-muted">
        {format.dateTime(event.startsAt, { dateStyle: "full", timeStyle: "short", timeZone: OPERATOR_TIME_ZONE })} (
        {t("moscowTime")})
      </p>
    </InfoPage>
  );
}
