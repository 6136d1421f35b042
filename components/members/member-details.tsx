import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { getDateFormat } from "@/lib/i18n/date-format";
import { placeLine } from "@/lib/i18n/person-name";
import type { memberProfile } from "@/lib/members/member-profile";

type TProfile = NonNullable<Awaited<ReturnType<typeof memberProfile>>>;

const SECTION = "flex flex-col gap-3 rounded-xl border border-line p-5";

function DetailsTable({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <Table caption={caption}>
      <TableHead>
        {head.map((label) => (
          <HeaderCell key={label}>{label}</HeaderCell>
        ))}
      </TableHead>
      <tbody>{children}</tbody>
    </Table>
  );
}

/** The member's profile, status and consents. */
export async function MemberProfileSection({ profile }: { profile: TProfile }) {
  const [t, tEnum, dates] = await Promise.all([getTranslations("members"), getTranslations("enums"), getDateFormat()]);
  const { member } = profile;
  const date = (value: Date) => dates.dateTime(value, { dateStyle: "medium" });
  const rows: [string, string][] = [
    [t("email"), member.email],
    [t("phone"), member.phone ?? "—"],
    [t("place"), placeLine(member.region, member.city) || "—"],
    [t("card"), member.cardNumber],
    [t("status"), tEnum(`MemberStatus.${member.status}`)],
    [t("joined"), date(member.joinedAt)],
    [
      t("dataConsent"),
      member.dataConsentAt
        ? t("consentGiven", { date: date(member.dataConsentAt), version: member.dataConsentVersion ?? "" })
        : t("consentNone"),
    ],
    [t("newsConsent"), member.newsConsentAt ? date(member.newsConsentAt) : t("consentNone")],
  ];
  return (
    <section aria-labelledby="profile-heading" className={SECTION}>
      <h2 id="profile-heading" className="text-xl font-semibold">
        {t("profile")}
      </h2>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-all" data-testid={label === t("card") ? "member-card" : undefined}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The ledger (latest 100 entries, each with its reason and source), the redemptions and the purchases. */
export async function MemberPointsSection({ profile, children }: { profile: TProfile; children?: ReactNode }) {
  const [t, format, dates] = await Promise.all([getTranslations("members"), getFormatter(), getDateFormat()]);
  const dateTime = (value: Date) => dates.dateTime(value, { dateStyle: "short", timeStyle: "short" });
  const signed = (points: number) => (points > 0 ? `+${points}` : String(points));
  return (
    <section aria-labelledby="points-heading" className={SECTION}>
      <h2 id="points-heading" className="text-xl font-semibold">
        {t("points")}
      </h2>
      <p className="text-lg font-semibold" data-testid="member-balance">
        {t("balance", { points: profile.balance })}
      </p>
      {children}
      <h3 className="font-semibold">{t("ledger")}</h3>
      {profile.entries.length === 0 ? (
        <p className="text-muted">{t("ledgerEmpty")}</p>
      ) : (
        <DetailsTable caption={t("ledger")} head={[t("date"), t("kind"), t("reason"), t("source"), t("amount")]}>
          {profile.entries.map((entry) => (
            <Row key={entry.id}>
              <Cell className="whitespace-nowrap">{dateTime(entry.createdAt)}</Cell>
              <Cell>{t(`kinds.${entry.kind}`)}</Cell>
              <Cell>{entry.reason}</Cell>
              <Cell>{t.has(`sources.${entry.source}`) ? t(`sources.${entry.source}`) : entry.source}</Cell>
              <Cell className="text-right font-mono">{signed(entry.points)}</Cell>
            </Row>
          ))}
        </DetailsTable>
      )}
      <h3 className="font-semibold">{t("redemptions")}</h3>
      {profile.redemptions.length === 0 ? (
        <p className="text-muted">{t("redemptionsEmpty")}</p>
      ) : (
        <DetailsTable caption={t("redemptions")} head={[t("date"), t("reward"), t("amount")]}>
          {profile.redemptions.map((redemption) => (
            <Row key={redemption.id}>
              <Cell className="whitespace-nowrap">{dateTime(redemption.createdAt)}</Cell>
              <Cell>{redemption.reward.title}</Cell>
              <Cell className="text-right font-mono">{redemption.reward.costPoints}</Cell>
            </Row>
          ))}
        </DetailsTable>
      )}
      <h3 className="font-semibold">{t("purchases")}</h3>
      {profile.purchases.length === 0 ? (
        <p className="text-muted">{t("purchasesEmpty")}</p>
      ) : (
        <DetailsTable
          caption={t("purchases")}
          head={[t("date"), t("purchaseId"), t("category"), t("office"), t("sum")]}
        >
          {profile.purchases.map((purchase) => (
            <Row key={purchase.id}>
              <Cell className="whitespace-nowrap">{dateTime(purchase.purchasedAt)}</Cell>
              <Cell className="font-mono break-all">{purchase.externalId}</Cell>
              <Cell>{purchase.category}</Cell>
              <Cell>{purchase.officePostcode ?? "—"}</Cell>
              <Cell className="text-right whitespace-nowrap">
                {format.number(purchase.amountKopecks / 100, {
                  style: "currency",
                  currency: "RUB",
                  currencyDisplay: "narrowSymbol",
                })}
              </Cell>
            </Row>
          ))}
        </DetailsTable>
      )}
    </section>
  );
}
