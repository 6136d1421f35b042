import { describe, expect, it } from "vitest";

import { applicantNameFrom, caseNumbersIn, localeOfText, matchClue } from "./match-rules";

const MAILBOX = "reply@portal.example";
const TOKEN = "abcdefghij0123456789";

describe("caseNumbersIn", () => {
  it("finds case numbers however the subject writes them", () => {
    expect(caseNumbersIn("Re: Ваше обращение зарегистрировано: Ж-2026-000123")).toEqual(["Ж-2026-000123"]);
    expect(caseNumbersIn("RE: case p-2026-000045 and О 2026 000046")).toEqual(["Р-2026-000045", "О-2026-000046"]);
    expect(caseNumbersIn("Fwd: ч2026000007, again Ч-2026-000007")).toEqual(["Ч-2026-000007"]);
  });

  it("finds nothing in a subject without one", () => {
    expect(caseNumbersIn("Re: посылка RA123456785RU не пришла")).toEqual([]);
    expect(caseNumbersIn("Order PO-2026-0001234 shipped")).toEqual([]);
    expect(caseNumbersIn("")).toEqual([]);
  });
});

describe("matchClue", () => {
  it("prefers the reply token in a recipient address", () => {
    const clue = matchClue({
      mailbox: MAILBOX,
      recipients: ["someone@else.example", `Reply+${TOKEN}@Portal.Example`],
      subject: "Re: Ж-2026-000123",
      sender: "ivan@example.ru",
    });
    expect(clue).toEqual({ by: "token", token: TOKEN });
  });

  it("falls back to a number in the subject, which the caller checks against the sender", () => {
    const clue = matchClue({
      mailbox: MAILBOX,
      recipients: [MAILBOX],
      subject: "Re: Ж-2026-000123",
      sender: "ivan@example.ru",
    });
    expect(clue).toEqual({ by: "number", numbers: ["Ж-2026-000123"], sender: "ivan@example.ru" });
  });

  it("finds nothing without a token, or with a number but no sender, or a token of another mailbox", () => {
    expect(
      matchClue({ mailbox: MAILBOX, recipients: [MAILBOX], subject: "Жалоба", sender: "ivan@example.ru" }),
    ).toEqual({ by: "none" });
    expect(matchClue({ mailbox: MAILBOX, recipients: [MAILBOX], subject: "Ж-2026-000123", sender: null })).toEqual({
      by: "none",
    });
    expect(
      matchClue({
        mailbox: MAILBOX,
        recipients: [`reply+${TOKEN}@elsewhere.example`],
        subject: "Hi",
        sender: "a@b.example",
      }),
    ).toEqual({ by: "none" });
  });
});

describe("the applicant of a new case from an email", () => {
  it("takes the name from the display name, else the address", () => {
    expect(applicantNameFrom("Иван Петров", "ivan@example.ru")).toEqual({ firstName: "Иван", lastName: "Петров" });
    expect(applicantNameFrom('"Petrov"', "ivan@example.ru")).toEqual({ firstName: "", lastName: "Petrov" });
    expect(applicantNameFrom(undefined, "ivan.petrov@example.ru")).toEqual({ firstName: "", lastName: "ivan.petrov" });
  });

  it("guesses the language from the text", () => {
    expect(localeOfText("Посылка не пришла")).toBe("ru");
    expect(localeOfText("The parcel never came")).toBe("en");
  });
});
