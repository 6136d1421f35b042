import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import type { memberProfile } from "@/lib/members/member-profile";

type TProfile = NonNullable<Awaited<ReturnType<typeof memberProfile>>>;

const SECTION = "flex flex-col gap-3 rounded-xl border border-line p-5";

function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            {head.map((label) => (
              <th key={label} scope="col" className="py-2 pr-3">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const cell = "py-2 pr-3";

/** The member's profile, status and consents. */
export async function MemberProfileSection({ profile }: { profile: TProfile }) {
  const [t, format] = await Promise.all([getTranslations("members"), getFormatter()]);
  const { member } = profile;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const rows: [string, string][] = [
    [t("email"), member.email],
    [t("phone"), member.phone ?? "—"],
    [t("place"), [member.region, member.city].filter(Boolean).join(", ") || "—"],
    [t("card"), member.cardNumber],
    [t("status"), t(`statuses.${member.status}`)],
    [t("joined"), date(member.joinedAt)],
    [t("dataConsent"), member.dataConsentAt ? t("consentGiven", { date: date(member.dataConsentAt), version: member.dataConsentVersion ?? "" }) : t("consentNone")],
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
  const [t, format] = await Promise.all([getTranslations("members"), getFormatter()]);
  const dateTime = (value: Date) => format.dateTime(value, { dateStyle: "short", timeStyle: "short" });
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
        <Table caption={t("ledger")} head={[t("date"), t("kind"), t("reason"), t("source"), t("amount")]}>
          {profile.entries.map((entry) => (
            <tr key={entry.id} className="border-b border-line">
              <td className={`${cell} whitespace-nowrap`}>{dateTime(entry.createdAt)}</td>
              <td className={cell}>{t(`kinds.${entry.kind}`)}</td>
              <td className={cell}>{entry.reason}</td>
              <td className={cell}>{t.has(`sources.${entry.source}`) ? t(`sources.${entry.source}`) : entry.source}</td>
              <td className={`${cell} text-right font-mono`}>{signed(entry.points)}</td>
            </tr>
          ))}
        </Table>
      )}
      <h3 className="font-semibold">{t("redemptions")}</h3>
      {profile.redemptions.length === 0 ? (
        <p className="text-muted">{t("redemptionsEmpty")}</p>
      ) : (
        <Table caption={t("redemptions")} head={[t("date"), t("reward"), t("amount")]}>
          {profile.redemptions.map((redemption) => (
            <tr key={redemption.id} className="border-b border-line">
              <td className={`${cell} whitespace-nowrap`}>{dateTime(redemption.createdAt)}</td>
              <td className={cell}>{redemption.reward.title}</td>
              <td className={`${cell} text-right font-mono`}>{redemption.reward.costPoints}</td>
            </tr>
          ))}
        </Table>
      )}
      <h3 className="font-semibold">{t("purchases")}</h3>
      {profile.purchases.length === 0 ? (
        <p className="text-muted">{t("purchasesEmpty")}</p>
      ) : (
        <Table caption={t("purchases")} head={[t("date"), t("purchaseId"), t("category"), t("office"), t("sum")]}>
          {profile.purchases.map((purchase) => (
            <tr key={purchase.id} className="border-b border-line">
              <td className={`${cell} whitespace-nowrap`}>{dateTime(purchase.purchasedAt)}</td>
              <td className={`${cell} font-mono break-all`}>{purchase.externalId}</td>
              <td className={cell}>{purchase.category}</td>
              <td className={cell}>{purchase.officePostcode ?? "—"}</td>
              <td className={`${cell} text-right whitespace-nowrap`}>{format.number(purchase.amountKopecks / 100, { style: "currency", currency: "RUB" })}</td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
