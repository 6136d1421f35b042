import type { TQuestion } from "./schemas";

/** A question as the builder saves it: optional free text, unless `fields` says otherwise. */
export function testQuestion(id: string, fields: Partial<TQuestion> = {}): TQuestion {
  return {
    id,
    kind: "TEXT",
    text: `Вопрос ${id}`,
    isRequired: false,
    choices: [],
    scale: null,
    showIf: null,
    ...fields,
  };
}

/** "Были в отделении?", required, Да ("yes") or Нет ("no"): the choice the tests' conditions follow. */
export function visitQuestion(id: string): TQuestion {
  return testQuestion(id, {
    kind: "SINGLE",
    text: "Были в отделении?",
    isRequired: true,
    choices: [
      { id: "yes", label: "Да" },
      { id: "no", label: "Нет" },
    ],
  });
}
