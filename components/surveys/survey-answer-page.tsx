import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

import { InfoPage } from "@/components/layout/info-page";
import { Alert } from "@/components/ui/alert";
import { getDateFormat } from "@/lib/i18n/date-format";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

/** The frame of a survey being answered: title, description, closing day, and why it cannot be answered. */
export async function SurveyAnswerPage({
  survey,
  children,
}: {
  survey: { title: string; description: string | null; closesAt: Date | null; isOpen: boolean; isSubmitted: boolean };
  children: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("surveys.answer"), getDateFormat()]);
  return (
    <InfoPage title={survey.title} lead={survey.description ?? undefined}>
      {survey.closesAt && survey.isOpen && !survey.isSubmitted ? (
        <p className="text-muted">
          {t("closesOn", {
            date: format.dateTime(survey.closesAt, { dateStyle: "long", timeZone: OPERATOR_TIME_ZONE }),
          })}
        </p>
      ) : null}
      {survey.isSubmitted ? (
        <Alert tone="success">{t("alreadySubmitted")}</Alert>
      ) : !survey.isOpen ? (
        <Alert tone="danger">{t("closed")}</Alert>
      ) : (
        <>
          <p className="text-sm text-muted">{t("hint")}</p>
          {children}
        </>
      )}
    </InfoPage>
  );
}
