import { describe, expect, it } from "vitest";

import { ZFileClaim, ZFileComplaint, ZRateOffice } from "@/lib/cases/schemas";
import { ZMemberProfile, ZMembershipQuestionnaire } from "@/lib/club/schemas";

import { optionalPersonName, personName } from "./person-name";

const firstError = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe("a person's name", () => {
  it("takes letters of any script with spaces, hyphens, apostrophes and dots", () => {
    for (const name of ["Анна-Мария", "O'Neil", "Д'Артаньян", "D’Artagnan", "Ёлкина", "St. John", "Zoë", "Nguyễn"]) {
      expect(personName(100).parse(name), name).toBe(name);
    }
    // A letter with its accent typed as a separate combining mark is still a letter.
    expect(personName(100).parse("Zoe\u0308")).toBe("Zoe\u0308");
    expect(personName(100).parse("  Анна  ")).toBe("Анна");
  });

  it("refuses emoji, markup, digits and symbols with the name message", () => {
    for (const name of [
      "Анна 😀",
      "😀",
      "<script>",
      "<script>alert(1)</script>",
      "Анна2",
      "007",
      "Иван@",
      "---",
      ".",
    ]) {
      expect(firstError(personName(100).safeParse(name)), name).toBe("validation.personName");
    }
  });

  it("asks for a required name that is missing, once, and lets an optional one be left out", () => {
    const empty = personName(100).safeParse("  ");
    expect(empty.error?.issues.map((issue) => issue.message)).toEqual(["validation.required"]);
    expect(optionalPersonName(100).parse("")).toBeUndefined();
    expect(firstError(optionalPersonName(100).safeParse("🙂"))).toBe("validation.personName");
  });
});

describe("every form that asks for a name uses the rule", () => {
  const complaint = {
    lastName: "Петрова",
    firstName: "Анна",
    email: "anna@mail.example",
    consent: true,
    topic: "delivery",
    text: "Посылка не пришла вовремя.",
  };
  const questionnaire = {
    firstName: "Анна",
    lastName: "Петрова",
    email: "anna@mail.example",
    ageBand: "AGE_25_34",
    usageFrequency: "MONTHLY",
    readyToInteract: "yes",
    dataConsent: true,
  };
  const errorsOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

  it("the complaint and the claim: last name, first name and patronymic", () => {
    expect(ZFileComplaint.safeParse(complaint).success).toBe(true);
    expect(errorsOf(ZFileComplaint.safeParse({ ...complaint, lastName: "Петрова🌸" }))).toEqual({
      lastName: "validation.personName",
    });
    expect(errorsOf(ZFileComplaint.safeParse({ ...complaint, firstName: "<script>" }))).toEqual({
      firstName: "validation.personName",
    });
    expect(errorsOf(ZFileComplaint.safeParse({ ...complaint, patronymic: "Сергеевна1" }))).toEqual({
      patronymic: "validation.personName",
    });
    const claim = ZFileClaim.safeParse({ ...complaint, patronymic: "✨" });
    expect(errorsOf(claim).patronymic).toBe("validation.personName");
  });

  it("the office rating's optional name", () => {
    expect(ZRateOffice.safeParse({ officePostcode: "101000", score: 5, name: "Анна-Мария" }).success).toBe(true);
    expect(errorsOf(ZRateOffice.safeParse({ officePostcode: "101000", score: 5, name: "Анна 👍" }))).toEqual({
      name: "validation.personName",
    });
  });

  it("the club questionnaire and the member's profile", () => {
    expect(ZMembershipQuestionnaire.safeParse(questionnaire).success).toBe(true);
    expect(errorsOf(ZMembershipQuestionnaire.safeParse({ ...questionnaire, firstName: "Анна😀" }))).toEqual({
      firstName: "validation.personName",
    });
    expect(errorsOf(ZMembershipQuestionnaire.safeParse({ ...questionnaire, lastName: "12345" }))).toEqual({
      lastName: "validation.personName",
    });
    expect(errorsOf(ZMemberProfile.safeParse({ firstName: "O'Neil", lastName: "<b>" }))).toEqual({
      lastName: "validation.personName",
    });
  });
});
