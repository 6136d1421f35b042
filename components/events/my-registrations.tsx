import { getTranslations } from "next-intl/server";
import QRCode from "qrcode";

import type { TActionResult } from "@/lib/action/action-result";
import type { memberRegistrations } from "@/lib/events/queries";
import type { TRegistrationIdInput } from "@/lib/events/schemas";
import { getDateFormat } from "@/lib/i18n/date-format";
import { placeLine } from "@/lib/i18n/person-name";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

import { CancelRegistration } from "./cancel-registration";

type TRegistration = Awaited<ReturnType<typeof memberRegistrations>>[number];

/**
 * A member's applications: status, time and place; for a confirmed place the code to show at the door (as
 * text and QR code) and, while the event is ahead, a button to cancel.
 */
export async function MyRegistrations({
  registrations,
  cancelAction,
  now = new Date(),
}: {
  registrations: TRegistration[];
  cancelAction?: (input: TRegistrationIdInput) => Promise<TActionResult<{ promotedId: string | null }>>;
  now?: Date;
}) {
  const [t, format] = await Promise.all([getTranslations("events"), getDateFormat()]);
  const cards = await Promise.all(
    registrations.map(async (registration) => {
      const { event } = registration;
      const isAhead = event.startsAt > now && event.status === "PUBLISHED";
      const showsCode = registration.status === "ACCEPTED" && isAhead && !registration.attendedAt;
      const qr = showsCode ? await QRCode.toDataURL(registration.checkInCode, { margin: 1, width: 160 }) : null;
      return { registration, event, isAhead, showsCode, qr };
    }),
  );
  return (
    <ul className="flex flex-col gap-3">
      {cards.map(({ registration, event, isAhead, showsCode, qr }) => (
        <li
          key={registration.id}
          className="flex flex-col gap-2 rounded-xl border border-line p-4"
          data-testid="my-registration"
        >
          <h3 className="text-lg font-semibold">{event.title}</h3>
          <p className="text-sm text-muted">
            {t(`kinds.${event.kind}`)} ·{" "}
            {format.dateTime(event.startsAt, { dateStyle: "long", timeStyle: "short", timeZone: OPERATOR_TIME_ZONE })} (
            {t("moscowTime")})
          </p>
          <p>{event.address ? placeLine(event.city, event.address) : `${event.city} · ${t("online")}`}</p>
          <p className="font-semibold" data-testid="registration-status">
            {event.status === "CANCELLED" ? t("eventStatuses.CANCELLED") : t(`statuses.${registration.status}`)}
          </p>
          {registration.attendedAt ? <p>{t("member.attended")}</p> : null}
          {showsCode && event.onlineUrl ? (
            <a
              href={event.onlineUrl}
              className="self-start font-medium text-brand-700 underline"
              rel="noopener noreferrer"
              target="_blank"
            >
              {t("member.joinOnline")}
            </a>
          ) : null}
          {showsCode && qr ? (
            <div className="flex flex-wrap items-center gap-4">
              {/* A data URL made on the server: nothing to optimise, and next/image would only add a request. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={qr} width={160} height={160} alt={t("member.qrLabel", { code: registration.checkInCode })} />
              <div>
                <p className="font-mono text-xl tracking-widest" data-testid="check-in-code">
                  {t("member.checkInCode", { code: registration.checkInCode })}
                </p>
                <p className="text-sm text-muted">{t("member.checkInHint")}</p>
              </div>
            </div>
          ) : null}
          {cancelAction && isAhead && ["ACCEPTED", "WAITLISTED", "PENDING"].includes(registration.status) ? (
            <div className="self-start">
              <CancelRegistration registrationId={registration.id} action={cancelAction} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
