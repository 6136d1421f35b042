import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";
import { formatDate } from "@/lib/i18n/format-date";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

import { dateTimeFormatter } from "./format";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[9.5rem_minmax(0,1fr)] gap-2 py-0.5">
      <dt className="text-muted">{label}</dt>
      <dd className="break-words">{children || "—"}</dd>
    </div>
  );
}

/** A place as one line, without a part that is missing or repeats the one before (no «Москва, Москва»). */
const joined = (...parts: (string | null | undefined)[]) =>
  parts
    .map((part) => part?.trim())
    .filter((part, index, all): part is string => Boolean(part) && part !== all[index - 1])
    .join(", ");

/** The case's facts in words, what a claim says about the item, and the applicants: the side of the case page. */
export async function CaseFields({ found }: { found: TStaffCase }) {
  const [t, te, locale] = await Promise.all([getTranslations("caseDetail"), getTranslations("enums"), getLocale()]);
  const at = dateTimeFormatter(locale, OPERATOR_TIME_ZONE);
  const money = (kopecks: number | null) =>
    kopecks === null
      ? null
      : new Intl.NumberFormat(locale, { style: "currency", currency: "RUB", currencyDisplay: "narrowSymbol" }).format(
          kopecks / 100,
        );
  const language = new Intl.DisplayNames([locale], { type: "language" });
  const claim = found.claim;
  return (
    <div className="flex flex-col gap-5 text-sm">
      <section aria-labelledby="case-fields">
        <h2 id="case-fields" className="mb-1 text-base font-semibold">
          {t("sections.fields")}
        </h2>
        <dl>
          <Row label={t("fields.topic")}>
            {found.topic ? (locale === "en" ? found.topic.nameEn : found.topic.nameRu) : null}
          </Row>
          <Row label={t("fields.priority")}>{te(`CasePriority.${found.priority}`)}</Row>
          <Row label={t("fields.assignee")}>
            <span data-testid="case-assignee">{found.assignee?.name ?? t("unassigned")}</span>
          </Row>
          <Row label={t("fields.office")}>
            {found.office ? `${found.office.postcode} ${found.office.name}` : found.officePostcode}
          </Row>
          <Row label={t("fields.region")}>{found.region}</Row>
          <Row label={t("fields.channel")}>{te(`CaseChannel.${found.channel}`)}</Row>
          <Row label={t("fields.tracking")}>{found.trackingNumber}</Row>
          <Row label={t("fields.filed")}>{at(found.createdAt)}</Row>
          {found.registeredAt ? (
            <Row label={t("fields.registered")}>{at(found.registeredAt)}</Row>
          ) : (
            <Row label={t("fields.registerBy")}>{at(found.registerBy)}</Row>
          )}
          <Row label={t("fields.rule")}>{t(`rules.${found.deadlineRule}`)}</Row>
          {found.firstRepliedAt ? <Row label={t("fields.firstReplied")}>{at(found.firstRepliedAt)}</Row> : null}
          {found.answeredAt ? <Row label={t("fields.answered")}>{at(found.answeredAt)}</Row> : null}
          {found.closedAt ? <Row label={t("fields.closed")}>{at(found.closedAt)}</Row> : null}
          {found.ratingScore !== null ? (
            <Row label={t("fields.rating")}>{joined(String(found.ratingScore), found.ratingSubject)}</Row>
          ) : null}
          {found.answerRating !== null ? <Row label={t("fields.answerRating")}>{found.answerRating}</Row> : null}
        </dl>
      </section>

      {claim ? (
        <section aria-labelledby="case-claim">
          <h2 id="case-claim" className="mb-1 text-base font-semibold">
            {t("sections.claim")}
          </h2>
          <dl>
            <Row label={t("claim.direction")}>{te(`ClaimDirection.${claim.direction}`)}</Row>
            <Row label={t("claim.item")}>
              {`${te(`ItemType.${claim.itemType}`)}, ${te(`ItemCategory.${claim.itemCategory}`).toLowerCase()}`}
            </Row>
            <Row label={t("claim.accepted")}>
              {joined(
                // A date without a time of day: read as the calendar date it was stored as.
                formatDate(claim.acceptedOn, locale, { dateStyle: "long", timeZone: "UTC" }),
                claim.acceptanceOfficePostcode,
              )}
            </Row>
            <Row label={t("claim.sender")}>{joined(claim.senderName, claim.senderAddress, claim.senderPostcode)}</Row>
            <Row label={t("claim.addressee")}>
              {joined(claim.addresseeName, claim.addresseeAddress, claim.addresseePostcode)}
            </Row>
            <Row label={t("claim.declaredValue")}>{money(claim.declaredValueKopecks)}</Row>
            <Row label={t("claim.cod")}>{money(claim.codAmountKopecks)}</Row>
            <Row label={t("claim.contents")}>{claim.contents}</Row>
            <Row label={t("claim.problem")}>{te(`ClaimProblem.${claim.problem}`)}</Row>
            <Row label={t("claim.wish")}>{te(`ClaimWish.${claim.wish}`)}</Row>
            <Row label={t("claim.payout")}>{claim.payoutDetails}</Row>
            <Row label={t("claim.sameSettlement")}>{claim.isSameSettlement ? t("yes") : t("no")}</Row>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="case-applicants">
        <h2 id="case-applicants" className="mb-1 text-base font-semibold">
          {t("sections.applicants")}
        </h2>
        {found.applicants.length === 0 ? (
          // Cases from before applicants were kept apart carry only the first applicant's contacts.
          <p className="break-words">{joined(found.applicantName, found.applicantEmail, found.applicantPhone)}</p>
        ) : null}
        <ul className="flex flex-col gap-2" data-testid="case-applicants">
          {found.applicants.map((applicant) => (
            <li key={applicant.id} className="rounded-lg border border-line p-2">
              <p className="font-medium break-words">
                {[applicant.lastName, applicant.firstName, applicant.patronymic].filter(Boolean).join(" ")}
              </p>
              <p className="text-muted">
                {[te(`ApplicantRole.${applicant.role}`), applicant.isPrimary ? t("primary") : null]
                  .filter(Boolean)
                  .join(", ")}
              </p>
              <p className="break-words">
                <a className="underline" href={`mailto:${applicant.email}`}>
                  {applicant.email}
                </a>
                {applicant.phone ? ` · ${applicant.phone}` : ""} · {language.of(applicant.locale) ?? applicant.locale}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
