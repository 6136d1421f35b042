import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { InfoPage } from "@/components/layout/info-page";
import { KeepWhole } from "@/components/layout/keep-whole";
import { AnswerCommentForm } from "@/components/rating/answer-comment-form";
import { RateOnArrival } from "@/components/rating/rate-on-arrival";
import { ScoreChoice } from "@/components/rating/score-choice";
import { Alert } from "@/components/ui/alert";
import { findAnswerRating } from "@/lib/cases/answer-rating";
import { ZScoreParam } from "@/lib/cases/answer-rating-schemas";
import { ClientTexts } from "@/lib/i18n/client-texts";

import { commentOnAnswerAction, rateAnswerFromLinkAction } from "./actions";

// The address is a secret: keep it out of search engines.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The answer's rating from the email: `?score=N` (1–5) records that score once the page runs in a browser
 * (or when the applicant confirms it without JavaScript), then takes an optional comment. Without a score
 * the page offers the five, and the comment once the applicant has rated.
 */
export default async function RateAnswerPage({ params, searchParams }: PageProps<"/status/[token]/rate">) {
  const [{ token }, search, t] = await Promise.all([params, searchParams, getTranslations("answerRating")]);
  const rating = await findAnswerRating(token);
  if (!rating) notFound();
  const labels = (await getTranslations("desk")).raw("scoreLabels") as string[];
  const score = ZScoreParam.parse(Array.isArray(search.score) ? search.score[0] : search.score);
  const title = <KeepWhole text={t("title", { number: rating.caseNumber })} part={rating.caseNumber} />;
  const back = (
    <Link href={`/status/${token}`} className="self-start text-brand-700 underline">
      {t("toStatus")}
    </Link>
  );
  if (rating.state !== "OPEN") {
    return (
      <InfoPage title={title}>
        <Alert>{t(rating.state === "NOT_ANSWERED" ? "notAnswered" : "ratedByAnother")}</Alert>
        {back}
      </InfoPage>
    );
  }
  const commentForm = <AnswerCommentForm token={token} comment={rating.comment} action={commentOnAnswerAction} />;
  const chosen = score !== undefined && (rating.canChange || rating.score === score) ? score : undefined;
  return (
    <InfoPage title={title}>
      <ClientTexts namespaces={["answerRating", "validation"]}>
        {chosen !== undefined ? (
          <RateOnArrival
            token={token}
            score={chosen}
            scoreLabel={labels[chosen - 1]}
            isRecorded={rating.score === chosen}
            action={rateAnswerFromLinkAction}
          >
            {commentForm}
          </RateOnArrival>
        ) : (
          <>
            {rating.score !== null ? (
              <p className="text-lg">{t("yours", { score: rating.score, label: labels[rating.score - 1] })}</p>
            ) : null}
            {score !== undefined ? <Alert>{t("changeClosed")}</Alert> : null}
            {rating.canChange ? (
              <ScoreChoice
                token={token}
                labels={labels}
                current={rating.score}
                legend={t(rating.score === null ? "choose" : "change")}
              />
            ) : null}
            {rating.score !== null ? commentForm : null}
          </>
        )}
      </ClientTexts>
      {back}
    </InfoPage>
  );
}
