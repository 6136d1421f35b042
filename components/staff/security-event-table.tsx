import { getTranslations } from "next-intl/server";

import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { getDateFormat } from "@/lib/i18n/date-format";
import type { TStaffAccount } from "@/lib/staff/get-staff-account";

type TEvent = TStaffAccount["events"][number];

const KINDS = new Set([
  "SIGN_IN",
  "SIGN_IN_FAILED",
  "SIGN_OUT",
  "SESSIONS_ENDED",
  "LOCKED",
  "UNLOCKED",
  "TOTP_ENABLED",
  "TOTP_DISABLED",
  "TOTP_REPLACED",
  "FORBIDDEN",
  "RATE_LIMITED",
]);

/** The facts an event's sentence may name; ICU's select falls back to "other" for a missing one. */
function factsOf(event: TEvent): Record<string, string> {
  const data = event.data && typeof event.data === "object" && !Array.isArray(event.data) ? event.data : {};
  const facts: Record<string, string> = { reason: "", scope: "", by: "", target: "", limit: "" };
  for (const [key, value] of Object.entries(data)) if (typeof value === "string") facts[key] = value;
  return facts;
}

/** An account's security events, newest first, with each kind told in words in the page's language. */
export async function SecurityEventTable({ events }: { events: TEvent[] }) {
  const [t, format] = await Promise.all([getTranslations(), getDateFormat()]);
  if (events.length === 0) return <p className="text-muted">{t("staff.eventsEmpty")}</p>;
  return (
    <Table caption={t("staff.eventsTitle")} className="min-w-[40rem]">
      <TableHead className="text-muted">
        <HeaderCell>{t("staff.eventWhen")}</HeaderCell>
        <HeaderCell>{t("staff.eventWhat")}</HeaderCell>
        <HeaderCell>{t("staff.eventIp")}</HeaderCell>
        <HeaderCell>{t("staff.eventRequestId")}</HeaderCell>
      </TableHead>
      <tbody>
        {events.map((event) => (
          <Row key={event.id} className="align-top">
            <Cell className="whitespace-nowrap">
              {format.dateTime(event.createdAt, { dateStyle: "short", timeStyle: "medium" })}
            </Cell>
            <Cell>
              {KINDS.has(event.kind)
                ? t(`securityEvents.${event.kind}`, factsOf(event))
                : t("securityEvents.other", { kind: event.kind })}
            </Cell>
            <Cell className="font-mono">{event.ip ?? "—"}</Cell>
            <Cell className="font-mono break-all">{event.requestId ?? "—"}</Cell>
          </Row>
        ))}
      </tbody>
    </Table>
  );
}
