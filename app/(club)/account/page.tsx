import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { CardBarcode } from "@/components/club/card-barcode";
import { LeaveClubForm, NewsConsentButton } from "@/components/club/consent-and-leave";
import { ProfileForm } from "@/components/club/profile-form";
import { MyEventsSection } from "@/components/events/my-events-section";
import { InfoPage } from "@/components/layout/info-page";
import { MemberRewards } from "@/components/loyalty/member-rewards";
import { PointsLedger } from "@/components/loyalty/points-ledger";
import { SurveysWaiting } from "@/components/surveys/surveys-waiting";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { memberPage } from "@/lib/auth/page-guards";
import { memberAccount } from "@/lib/club/account";
import { formatDate } from "@/lib/i18n/format-date";
import { greetingName } from "@/lib/i18n/person-name";

import {
  leaveClubAction,
  memberSignOutEverywhereAction,
  redeemRewardAction,
  setNewsConsentAction,
  updateMemberProfileAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** Groups a card number for reading aloud at the counter: 2700000000428 → "2 7000 0000 0428". */
function formatCardNumber(cardNumber: string): string {
  return cardNumber.replace(/^(\d{1})(\d{4})(\d{4})(\d{4})$/, "$1 $2 $3 $4");
}

const SECTION = "flex flex-col gap-3 rounded-xl border border-line p-5";

export default async function MemberAccountPage() {
  const user = await memberPage("/account");
  const [t, tc, ts, locale, account] = await Promise.all([
    getTranslations("account"),
    getTranslations("club.account"),
    getTranslations("status"),
    getLocale(),
    memberAccount(user.id),
  ]);
  const { member, balance, entries, cases } = account;
  const date = (value: Date) => formatDate(value, locale, { dateStyle: "medium" });
  const name = greetingName(member);
  return (
    <InfoPage title={t("title")} lead={name ? t("greeting", { name }) : t("greetingNoName")}>
      <section aria-labelledby="card-heading" className="flex flex-col gap-2 rounded-xl bg-brand-600 p-5 text-white">
        <h2 id="card-heading" className="text-lg font-semibold">
          {t("card")}
        </h2>
        <p>
          {t("cardNumber")}:{" "}
          <span className="font-mono text-xl tracking-wider whitespace-nowrap" data-testid="card-number">
            {formatCardNumber(member.cardNumber)}
          </span>
        </p>
        <CardBarcode cardNumber={member.cardNumber} label={tc("barcode", { cardNumber: member.cardNumber })} />
        <p className="text-sm">{tc("showAtCounter")}</p>
        <p>
          {t("status")}: {t(`status${user.status}`)}
        </p>
      </section>

      <section aria-labelledby="points-heading" className={SECTION}>
        <h2 id="points-heading" className="text-xl font-semibold">
          {tc("points")}
        </h2>
        <p className="text-lg font-semibold" data-testid="points-balance">
          {tc("balance", { points: balance })}
        </p>
        <h3 className="font-semibold">{tc("ledger")}</h3>
        <PointsLedger entries={entries} />
      </section>

      <MemberRewards memberId={member.id} balance={balance} action={redeemRewardAction} />

      <SurveysWaiting memberId={member.id} isSection />

      <MyEventsSection memberId={member.id} />

      <section aria-labelledby="cases-heading" className={SECTION}>
        <h2 id="cases-heading" className="text-xl font-semibold">
          {tc("cases")}
        </h2>
        {cases.length === 0 ? (
          <p className="text-muted">{tc("casesEmpty")}</p>
        ) : (
          <>
            <Table>
              <TableHead>
                <HeaderCell>{tc("caseNumber")}</HeaderCell>
                <HeaderCell>{tc("caseStatus")}</HeaderCell>
                <HeaderCell>{tc("caseDate")}</HeaderCell>
              </TableHead>
              <tbody>
                {cases.map((item) => (
                  <Row key={item.number}>
                    <Cell className="font-mono whitespace-nowrap">
                      <Link
                        href={`/account/cases/${encodeURIComponent(item.number)}`}
                        className="text-brand-700 underline"
                      >
                        {item.number}
                      </Link>
                    </Cell>
                    <Cell>{ts(`customerStatus.${item.status}`)}</Cell>
                    <Cell className="whitespace-nowrap">{date(item.createdAt)}</Cell>
                  </Row>
                ))}
              </tbody>
            </Table>
            <p className="text-sm text-muted">{tc("casesHint")}</p>
          </>
        )}
      </section>

      <section aria-labelledby="profile-heading" className={SECTION}>
        <h2 id="profile-heading" className="text-xl font-semibold">
          {tc("profile")}
        </h2>
        <p className="text-sm text-muted">{member.email}</p>
        <ProfileForm
          action={updateMemberProfileAction}
          initial={{
            firstName: member.firstName,
            lastName: member.lastName,
            phone: member.phone ?? "",
            region: member.region ?? "",
            city: member.city ?? "",
          }}
        />
      </section>

      <section aria-labelledby="consents-heading" className={SECTION}>
        <h2 id="consents-heading" className="text-xl font-semibold">
          {tc("consents")}
        </h2>
        {member.dataConsentAt ? (
          <p>
            {tc("dataConsentGiven", { date: date(member.dataConsentAt), version: member.dataConsentVersion ?? "" })}
          </p>
        ) : null}
        <p>
          {member.newsConsentAt ? tc("newsConsentGiven", { date: date(member.newsConsentAt) }) : tc("newsConsentNone")}
        </p>
        <NewsConsentButton isGiven={Boolean(member.newsConsentAt)} action={setNewsConsentAction} />
      </section>

      <section aria-labelledby="export-heading" className={SECTION}>
        <h2 id="export-heading" className="text-xl font-semibold">
          {tc("export")}
        </h2>
        <p>{tc("exportText")}</p>
        {/* A download, not a page: a plain link, so the router does not try to render it. */}
        <a href="/account/export" download className="self-start font-medium text-brand-700 underline">
          {tc("exportLink")}
        </a>
      </section>

      <section aria-labelledby="sessions-heading" className={SECTION}>
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("sessions")}
        </h2>
        <p>{t("sessionsText")}</p>
        <div className="flex flex-wrap gap-2">
          <SignOutButton />
          <SignOutEverywhereButton action={memberSignOutEverywhereAction} />
        </div>
      </section>

      <section aria-labelledby="leave-heading" className={SECTION}>
        <h2 id="leave-heading" className="text-xl font-semibold">
          {tc("leave")}
        </h2>
        <p>{tc("leaveText")}</p>
        <p>{tc("leaveKept")}</p>
        <LeaveClubForm action={leaveClubAction} />
      </section>
    </InfoPage>
  );
}
