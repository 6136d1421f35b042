import { describe, expect, it } from "vitest";

import { checkAnswers, visibleQuestions } from "./answers";
import type { TQuestion } from "./schemas";
import { testQuestion, visitQuestion } from "./test-fixtures";

const visit = visitQuestion("visit");
const rating = testQuestion("rating", {
  kind: "RATING",
  isRequired: true,
  scale: { min: 1, max: 5 },
  showIf: { questionId: "visit", anyOf: ["yes"] },
});
const why = testQuestion("why", {
  kind: "MULTIPLE",
  isRequired: true,
  choices: [
    { id: "queue", label: "Очередь" },
    { id: "hours", label: "Часы" },
  ],
  showIf: { questionId: "rating", anyOf: ["1", "2"] },
});
const nps = testQuestion("nps", { kind: "NPS", isRequired: true });
const comment = testQuestion("comment");
const SURVEY = [visit, rating, why, nps, comment];
const ids = (list: TQuestion[]) => list.map((question) => question.id);

describe("which questions are shown", () => {
  it("shows a conditional question only while the earlier answer matches", () => {
    expect(ids(visibleQuestions(SURVEY, {}))).toEqual(["visit", "nps", "comment"]);
    expect(ids(visibleQuestions(SURVEY, { visit: "no" }))).toEqual(["visit", "nps", "comment"]);
    expect(ids(visibleQuestions(SURVEY, { visit: "yes" }))).toEqual(["visit", "rating", "nps", "comment"]);
  });

  it("compares a scale answer by its value as text", () => {
    expect(ids(visibleQuestions(SURVEY, { visit: "yes", rating: 2 }))).toContain("why");
    expect(ids(visibleQuestions(SURVEY, { visit: "yes", rating: 4 }))).not.toContain("why");
  });

  it("hides a question whose condition rests on a hidden question, whatever that hidden answer was", () => {
    expect(ids(visibleQuestions(SURVEY, { visit: "no", rating: 1 }))).toEqual(["visit", "nps", "comment"]);
  });
});

describe("checking answers", () => {
  it("asks for every visible required question and for no hidden one", () => {
    expect(checkAnswers(SURVEY, { visit: "no" }, { isFinal: true }).errors).toEqual({ nps: "surveys.errors.required" });
    expect(checkAnswers(SURVEY, { visit: "yes", nps: 9 }, { isFinal: true }).errors).toEqual({
      rating: "surveys.errors.required",
    });
    expect(checkAnswers(SURVEY, { visit: "yes", rating: 1, nps: 9 }, { isFinal: true }).errors).toEqual({
      why: "surveys.errors.required",
    });
  });

  it("drops answers to hidden and unknown questions", () => {
    const checked = checkAnswers(
      SURVEY,
      { visit: "no", rating: 1, why: ["queue"], nps: 10, other: "x" },
      { isFinal: true },
    );
    expect(checked).toEqual({ answers: { visit: "no", nps: 10 }, errors: {} });
  });

  it("refuses values a question does not offer", () => {
    const checked = checkAnswers(SURVEY, { visit: "maybe", nps: 11 }, { isFinal: false });
    expect(checked.errors).toEqual({ visit: "surveys.errors.choice", nps: "surveys.errors.scaleValue" });
    expect(checked.answers).toEqual({});
    expect(checkAnswers(SURVEY, { visit: "yes", rating: 0 }, { isFinal: false }).errors).toEqual({
      rating: "surveys.errors.scaleValue",
    });
    expect(
      checkAnswers(SURVEY, { visit: "yes", rating: 2, why: ["queue", "fire"] }, { isFinal: false }).errors,
    ).toEqual({ why: "surveys.errors.choice" });
  });

  it("keeps a draft's valid answers without asking for the missing ones, trimming text", () => {
    const checked = checkAnswers(SURVEY, { visit: "yes", comment: "  Долго ждал  " }, { isFinal: false });
    expect(checked).toEqual({ answers: { visit: "yes", comment: "Долго ждал" }, errors: {} });
  });

  it("treats empty text and an empty choice list as no answer", () => {
    expect(checkAnswers([testQuestion("t", { isRequired: true })], { t: "   " }, { isFinal: true }).errors).toEqual({
      t: "surveys.errors.required",
    });
    expect(checkAnswers([{ ...why, showIf: null }], { why: [] }, { isFinal: true }).errors).toEqual({
      why: "surveys.errors.required",
    });
  });

  it("drops the dependent answer when the answer it depends on is invalid", () => {
    const checked = checkAnswers(SURVEY, { visit: "yes", rating: 9, why: ["queue"], nps: 5 }, { isFinal: false });
    expect(checked.answers).toEqual({ visit: "yes", nps: 5 });
  });
});
