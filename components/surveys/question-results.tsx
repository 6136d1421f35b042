import { getTranslations } from "next-intl/server";

import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import type { TQuestionResult } from "@/lib/surveys/results";

import { ResultsChart } from "./results-chart";

/** One question's figures: counts and shares in a table, a chart, the rating average or NPS, or the texts. */
export async function QuestionResults({ result, number }: { result: TQuestionResult; number: number }) {
  const t = await getTranslations("surveys.results");
  const { question } = result;
  return (
    <section
      aria-labelledby={`result-${question.id}`}
      className="flex flex-col gap-3 rounded-xl border border-line p-4"
      data-testid="question-result"
    >
      <h2 id={`result-${question.id}`} className="text-lg font-semibold">
        {number}. {question.text}
      </h2>
      <p className="text-sm text-muted">{t("answered", { count: result.answered })}</p>
      {result.average !== null && question.kind === "RATING" ? (
        <p className="font-semibold">{t("average", { value: result.average })}</p>
      ) : null}
      {result.nps ? (
        <p className="font-semibold">
          {result.nps.score === null
            ? t("npsNone")
            : t("nps", {
                score: result.nps.score,
                promoters: result.nps.promoters,
                passives: result.nps.passives,
                detractors: result.nps.detractors,
              })}
        </p>
      ) : null}
      {result.bars.length > 0 ? (
        <>
          <Table>
            <TableHead>
              <HeaderCell>{t("answer")}</HeaderCell>
              <HeaderCell className="text-right">{t("count")}</HeaderCell>
              <HeaderCell className="text-right">{t("share")}</HeaderCell>
            </TableHead>
            <tbody>
              {result.bars.map((bar) => (
                <Row key={bar.value}>
                  <Cell>{bar.label}</Cell>
                  <Cell className="text-right font-mono">{bar.count}</Cell>
                  <Cell className="text-right font-mono">{bar.percent}%</Cell>
                </Row>
              ))}
            </tbody>
          </Table>
          {result.answered > 0 ? (
            <ResultsChart
              data={result.bars.map((bar) => ({ label: bar.label, count: bar.count }))}
              label={t("chart", { question: question.text })}
            />
          ) : null}
        </>
      ) : null}
      {question.kind === "TEXT" ? (
        result.texts.length === 0 ? (
          <p className="text-muted">{t("noTexts")}</p>
        ) : (
          <>
            <ul className="flex max-h-96 flex-col gap-2 overflow-y-auto">
              {result.texts.map((text, index) => (
                <li key={index} className="rounded-lg bg-brand-50 p-3 whitespace-pre-wrap">
                  {text}
                </li>
              ))}
            </ul>
            {result.answered > result.texts.length ? (
              <p className="text-sm text-muted">
                {t("textsNewest", { shown: result.texts.length, count: result.answered })}
              </p>
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}
