import { getLocale, getTranslations } from "next-intl/server";

import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import type { PointsKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format-date";

export type TLedgerEntry = {
  id: string;
  kind: PointsKind;
  points: number;
  reason: string;
  source: string;
  createdAt: Date;
};

/** Sources whose entries the member reads in the catalogue's words; the stored reason is a code or English. */
const WORDED_SOURCES = ["purchase", "survey", "meeting", "proposal", "reward", "expiry", "staff"] as const;

/**
 * The member's points history. Each entry says what it was for in the member's language, from what caused it
 * (its source): the ledger stores a reason for staff and audits — an activity's code (SURVEY_COMPLETED), a
 * purchase's external id — which is not a sentence. A reward keeps its title; an adjustment staff's words.
 */
export async function PointsLedger({ entries }: { entries: TLedgerEntry[] }) {
  const [t, locale] = await Promise.all([getTranslations("club.account"), getLocale()]);
  const reasonOf = (entry: TLedgerEntry): string => {
    const source = WORDED_SOURCES.find((known) => known === entry.source);
    if (!source) return t(`ledgerReasons.${entry.kind}`);
    return t(`ledgerReasons.${source}`, { title: entry.reason, reason: entry.reason });
  };
  if (entries.length === 0) return <p className="text-muted">{t("ledgerEmpty")}</p>;
  return (
    <Table>
      <TableHead>
        <HeaderCell>{t("date")}</HeaderCell>
        <HeaderCell>{t("reason")}</HeaderCell>
        <HeaderCell className="text-right">{t("amount")}</HeaderCell>
      </TableHead>
      <tbody>
        {entries.map((entry) => (
          <Row key={entry.id}>
            <Cell className="whitespace-nowrap">{formatDate(entry.createdAt, locale, { dateStyle: "medium" })}</Cell>
            <Cell>{reasonOf(entry)}</Cell>
            <Cell className="text-right font-mono">{entry.points > 0 ? `+${entry.points}` : entry.points}</Cell>
          </Row>
        ))}
      </tbody>
    </Table>
  );
}
