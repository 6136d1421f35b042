import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { attachmentHref } from "@/lib/attachments/attachment-href";
import type { TStaffCase } from "@/lib/console-cases/get-case-for-staff";
import { fileSize } from "@/lib/i18n/format-size";

import { dateTimeFormatter } from "./format";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-1 sm:grid-cols-[14rem_1fr]">
      <dt className="text-muted">{label}</dt>
      <dd className="break-words">{children ?? "—"}</dd>
    </div>
  );
}

const money = (kopecks: number | null) => (kopecks === null ? null : `${(kopecks / 100).toFixed(2)} ₽`);

/** The case's fields, what a claim says about the item, the applicants and the files. */
export async function CaseFields({ found }: { found: TStaffCase }) {
  const [t, locale, ta] = await Promise.all([
    getTranslations("caseDetail"),
    getLocale(),
    getTranslations("attachments"),
  ]);
  const sizeOf = (bytes: number) => {
    const { key, size } = fileSize(bytes, locale);
    return ta(key, { size });
  };
  const at = dateTimeFormatter(locale, found.timeZone);
  const claim = found.claim;
  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="case-fields">
        <h2 id="case-fields" className="mb-2 text-xl font-semibold">
          {t("sections.fields")}
        </h2>
        <dl>
          <Row label={t("fields.topic")}>
            {found.topic ? (locale === "en" ? found.topic.nameEn : found.topic.nameRu) : null}
          </Row>
          <Row label={t("fields.priority")}>{t(`priorities.${found.priority}`)}</Row>
          <Row label={t("fields.assignee")}>{found.assignee?.name ?? t("unassigned")}</Row>
          <Row label={t("fields.office")}>
            {found.office ? `${found.office.postcode} ${found.office.name}` : found.officePostcode}
          </Row>
          <Row label={t("fields.region")}>{found.region}</Row>
          <Row label={t("fields.channel")}>{found.channel}</Row>
          <Row label={t("fields.tracking")}>{found.trackingNumber}</Row>
          <Row label={t("fields.filed")}>{at(found.createdAt)}</Row>
          <Row label={t("fields.registerBy")}>{at(found.registerBy)}</Row>
          <Row label={t("fields.registered")}>{at(found.registeredAt)}</Row>
          <Row label={t("fields.rule")}>{t(`rules.${found.deadlineRule}`)}</Row>
          <Row label={t("fields.extension")}>
            {found.extendedAt ? `${at(found.extendedAt)} — ${found.extensionReason ?? ""}` : null}
          </Row>
          <Row label={t("fields.firstReplied")}>{at(found.firstRepliedAt)}</Row>
          <Row label={t("fields.answered")}>{at(found.answeredAt)}</Row>
          <Row label={t("fields.closed")}>{at(found.closedAt)}</Row>
          {found.ratingScore !== null ? (
            <Row label={t("fields.rating")}>{`${found.ratingScore} ${found.ratingSubject ?? ""}`}</Row>
          ) : null}
          {found.answerRating !== null ? <Row label={t("fields.answerRating")}>{found.answerRating}</Row> : null}
        </dl>
        <h3 className="mt-3 font-semibold">{t("fields.text")}</h3>
        <p className="whitespace-pre-wrap">{found.text}</p>
      </section>

      {claim ? (
        <section aria-labelledby="case-claim">
          <h2 id="case-claim" className="mb-2 text-xl font-semibold">
            {t("sections.claim")}
          </h2>
          <dl>
            <Row label={t("claim.direction")}>{claim.direction}</Row>
            <Row label={t("claim.item")}>{`${claim.itemType} · ${claim.itemCategory}`}</Row>
            <Row
              label={t("claim.accepted")}
            >{`${claim.acceptedOn.toISOString().slice(0, 10)} ${claim.acceptanceOfficePostcode ?? ""}`}</Row>
            <Row
              label={t("claim.sender")}
            >{`${claim.senderName}, ${claim.senderAddress} ${claim.senderPostcode ?? ""}`}</Row>
            <Row
              label={t("claim.addressee")}
            >{`${claim.addresseeName}, ${claim.addresseeAddress} ${claim.addresseePostcode ?? ""}`}</Row>
            <Row label={t("claim.declaredValue")}>{money(claim.declaredValueKopecks)}</Row>
            <Row label={t("claim.cod")}>{money(claim.codAmountKopecks)}</Row>
            <Row label={t("claim.contents")}>{claim.contents}</Row>
            <Row label={t("claim.problem")}>{claim.problem}</Row>
            <Row label={t("claim.wish")}>{claim.wish}</Row>
            <Row label={t("claim.payout")}>{claim.payoutDetails}</Row>
            <Row label={t("claim.sameSettlement")}>{claim.isSameSettlement ? t("yes") : t("no")}</Row>
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="case-applicants">
        <h2 id="case-applicants" className="mb-2 text-xl font-semibold">
          {t("sections.applicants")}
        </h2>
        {found.applicants.length === 0 ? (
          // Cases from before applicants were kept apart carry only the first applicant's contacts.
          <p>
            {found.applicantName} · {found.applicantEmail}
            {found.applicantPhone ? ` · ${found.applicantPhone}` : ""}
          </p>
        ) : null}
        <ul className="flex flex-col gap-2" data-testid="case-applicants">
          {found.applicants.map((applicant) => (
            <li key={applicant.id} className="rounded-lg border border-line p-3">
              <p className="font-medium">
                {[applicant.lastName, applicant.firstName, applicant.patronymic].filter(Boolean).join(" ")}
                {applicant.isPrimary ? ` · ${t("primary")}` : ""} · {t(`roles.${applicant.role}`)}
              </p>
              <p>
                <a className="underline" href={`mailto:${applicant.email}`}>
                  {applicant.email}
                </a>
                {applicant.phone ? ` · ${applicant.phone}` : ""} · {applicant.locale.toUpperCase()}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="case-files">
        <h2 id="case-files" className="mb-2 text-xl font-semibold">
          {t("sections.files")}
        </h2>
        {found.attachments.length === 0 ? <p className="text-muted">{t("noFiles")}</p> : null}
        <ul className="flex flex-col gap-1">
          {found.attachments.map((file) => (
            <li key={file.id}>
              <a className="underline" href={attachmentHref(file.id)} target="_blank" rel="noreferrer">
                {file.fileName}
              </a>{" "}
              <span className="text-sm text-muted">({sizeOf(file.size)})</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
