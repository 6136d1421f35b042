import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { TextsProvider, type TTextMessages } from "@/components/i18n/texts";
import { AnswerCommentForm } from "@/components/rating/answer-comment-form";
import { RateOnArrival } from "@/components/rating/rate-on-arrival";
import ru from "@/lib/i18n/messages/ru.json";

// What the rating page sends a browser before any script runs: what a person without JavaScript (and a mail
// scanner) gets. Nothing is recorded by loading it; the form posts the score only when submitted.
const TOKEN = "t".repeat(43);
const never = async () => ({ ok: false as const, code: "FAILED" as const, message: "not called" });

const messages = { answerRating: ru.answerRating, validation: ru.validation } as TTextMessages;

const page = (isRecorded: boolean) =>
  renderToStaticMarkup(
    // eslint-disable-next-line react/no-children-prop -- a .ts test has no JSX; TextsProvider's props require children
    createElement(TextsProvider, {
      locale: "ru",
      messages,
      children: createElement(
        RateOnArrival,
        { token: TOKEN, score: 4, scoreLabel: "хорошо", isRecorded, action: never },
        createElement(AnswerCommentForm, { token: TOKEN, comment: null, action: never }),
      ),
    }),
  );

describe("the rating page before scripts run", () => {
  it("shows the chosen score and a form that confirms it, carrying the score and the link's token", () => {
    const html = page(false);
    expect(html).toContain("Ваша оценка: 4 — хорошо.");
    const form = html.match(/<form[^>]*data-testid="rate-answer-confirm"[^>]*>(.*?)<\/form>/)?.[1] ?? "";
    expect(form).toContain(`<input type="hidden" name="token" value="${TOKEN}"/>`);
    expect(form).toContain('<input type="hidden" name="score" value="4"/>');
    expect(form).toMatch(/<button[^>]*type="submit"[^>]*>Подтвердить оценку<\/button>/);
    expect(html).not.toContain("Несколько слов к оценке");
  });

  it("once the score is recorded, thanks and offers the comment of up to 2000 characters", () => {
    const html = page(true);
    expect(html).toContain("Спасибо! Ваша оценка 4 — «хорошо» — сохранена.");
    expect(html).not.toContain("Подтвердить оценку");
    expect(html).toContain("Несколько слов к оценке (по желанию)");
    expect(html).toMatch(/<textarea[^>]*name="comment"[^>]*maxLength="2000"/);
  });
});
