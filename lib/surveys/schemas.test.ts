import { describe, expect, it } from "vitest";

import { ZSaveSurvey, type TSaveSurveyInput } from "./schemas";

const ID = (n: number) => `019a0000-0000-7000-8000-00000000000${n}`;
const choice = {
  kind: "SINGLE" as const,
  isRequired: false,
  choices: [
    { id: "a", label: "Да" },
    { id: "b", label: "Нет" },
  ],
};

function survey(questions: TSaveSurveyInput["questions"]): TSaveSurveyInput {
  return { title: "Опрос", segment: {}, questions };
}

function messages(input: TSaveSurveyInput): Record<string, string> {
  const parsed = ZSaveSurvey.safeParse(input);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("a survey's structure", () => {
  it("accepts a condition on an earlier question's choice", () => {
    expect(
      messages(
        survey([
          { id: ID(1), text: "Были?", ...choice },
          {
            id: ID(2),
            kind: "TEXT",
            text: "Что понравилось?",
            isRequired: false,
            showIf: { questionId: ID(1), anyOf: ["a"] },
          },
        ]),
      ),
    ).toEqual({});
  });

  it("refuses a condition on a later question or on itself", () => {
    const later = survey([
      {
        id: ID(1),
        kind: "TEXT",
        text: "Что понравилось?",
        isRequired: false,
        showIf: { questionId: ID(2), anyOf: ["a"] },
      },
      { id: ID(2), text: "Были?", ...choice },
    ]);
    expect(messages(later)).toEqual({ "questions.0.showIf": "surveys.errors.conditionEarlier" });
    const self = survey([{ id: ID(1), text: "Были?", ...choice, showIf: { questionId: ID(1), anyOf: ["a"] } }]);
    expect(messages(self)).toEqual({ "questions.0.showIf": "surveys.errors.conditionEarlier" });
  });

  it("refuses a condition on free text and on values the question does not have", () => {
    expect(
      messages(
        survey([
          { id: ID(1), kind: "TEXT", text: "Имя?", isRequired: false },
          { id: ID(2), kind: "TEXT", text: "Ещё?", isRequired: false, showIf: { questionId: ID(1), anyOf: ["x"] } },
        ]),
      ),
    ).toEqual({ "questions.1.showIf": "surveys.errors.conditionKind" });
    expect(
      messages(
        survey([
          { id: ID(1), kind: "NPS", text: "Порекомендуете?", isRequired: true },
          {
            id: ID(2),
            kind: "TEXT",
            text: "Почему?",
            isRequired: false,
            showIf: { questionId: ID(1), anyOf: ["6", "11"] },
          },
        ]),
      ),
    ).toEqual({ "questions.1.showIf": "surveys.errors.conditionValues" });
  });

  it("needs two options for a choice and a sound rating scale", () => {
    expect(messages(survey([{ id: ID(1), text: "Были?", ...choice, choices: [{ id: "a", label: "Да" }] }]))).toEqual({
      "questions.0.choices": "surveys.errors.twoChoices",
    });
    expect(messages(survey([{ id: ID(1), kind: "RATING", text: "Оценка", isRequired: false, scale: null }]))).toEqual({
      "questions.0.scale": "surveys.errors.scale",
    });
    expect(
      messages(survey([{ id: ID(1), kind: "RATING", text: "Оценка", isRequired: false, scale: { min: 1, max: 11 } }])),
    ).toEqual({
      "questions.0.scale.max": "surveys.errors.scale",
    });
  });

  it("needs a title and question texts, in the catalogue's words", () => {
    expect(
      messages({ title: " ", segment: {}, questions: [{ id: ID(1), kind: "TEXT", text: "", isRequired: false }] }),
    ).toEqual({
      title: "validation.required",
      "questions.0.text": "validation.required",
    });
  });
});
