import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { getDateFormat } from "@/lib/i18n/date-format";
import { surveysWaiting } from "@/lib/surveys/answering";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

/** The open surveys a member was invited to and has not answered: on the account page and /surveys. */
export async function SurveysWaiting({ memberId, isSection = false }: { memberId: string; isSection?: boolean }) {
  const [t, format, surveys] = await Promise.all([
    getTranslations("surveys.waiting"),
    getDateFormat(),
    surveysWaiting(memberId),
  ]);
  const list =
    surveys.length === 0 ? (
      <p className="text-muted">{t("empty")}</p>
    ) : (
      <ul className="flex flex-col gap-2">
        {surveys.map((survey) => (
          <li key={survey.id} className="flex flex-wrap items-baseline gap-x-3">
            <Link
              href={`/surveys/${survey.id}`}
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
            >
              {survey.title}
            </Link>
            {survey.closesAt ? (
              <span className="text-sm text-muted">
                {t("until", {
                  date: format.dateTime(survey.closesAt, { dateStyle: "medium", timeZone: OPERATOR_TIME_ZONE }),
                })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    );
  if (!isSection) return list;
  return (
    <section aria-labelledby="surveys-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
      <h2 id="surveys-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {list}
    </section>
  );
}
