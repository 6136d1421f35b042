import { describe, expect, it } from "vitest";

import { ZMembershipQuestionnaire, ZMembershipQuestionnaireForm } from "./schemas";

const valid = (overrides: Record<string, unknown> = {}) => ({
  firstName: "Анна",
  lastName: "Петрова",
  email: "Anna@Mail.Example",
  ageBand: "AGE_25_34",
  usageFrequency: "MONTHLY",
  services: ["PARCELS", "PARCELS", "LETTERS"],
  interests: [],
  readyToInteract: "yes",
  dataConsent: true,
  ...overrides,
});

const messages = (input: unknown) => {
  const parsed = ZMembershipQuestionnaire.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("the membership questionnaire", () => {
  it("accepts a complete adult answer, lower-cases the email and drops repeated choices", () => {
    const parsed = ZMembershipQuestionnaire.parse(valid({ phone: "", preferredOfficePostcode: "" }));
    expect(parsed).toMatchObject({ email: "anna@mail.example", services: ["PARCELS", "LETTERS"], phone: undefined });
    expect(parsed.preferredOfficePostcode).toBeUndefined();
  });

  it("needs the separate personal-data consent, never assumes it", () => {
    expect(messages(valid({ dataConsent: undefined }))).toMatchObject({
      dataConsent: "club.errors.dataConsentRequired",
    });
    expect(messages(valid({ dataConsent: false }))).toMatchObject({ dataConsent: "club.errors.dataConsentRequired" });
  });

  it("keeps the news consent optional and separate", () => {
    expect(ZMembershipQuestionnaire.parse(valid()).newsConsent).toBe(false);
    expect(ZMembershipQuestionnaire.parse(valid({ newsConsent: true })).newsConsent).toBe(true);
  });

  it("needs a parent's name and consent under 14", () => {
    expect(messages(valid({ ageBand: "UNDER_14" }))).toEqual({
      parentName: "club.errors.parentNameRequired",
      parentConsent: "club.errors.parentConsentRequired",
    });
    expect(messages(valid({ ageBand: "UNDER_14", parentName: "Ольга Петрова", parentConsent: false }))).toEqual({
      parentConsent: "club.errors.parentConsentRequired",
    });
    expect(messages(valid({ ageBand: "UNDER_14", parentName: "Ольга Петрова", parentConsent: true }))).toEqual({});
    // Named together with the other problems of the form, not only once the rest is right.
    expect(messages(valid({ ageBand: "UNDER_14", firstName: "", dataConsent: undefined }))).toMatchObject({
      firstName: "validation.required",
      dataConsent: "club.errors.dataConsentRequired",
      parentName: "club.errors.parentNameRequired",
      parentConsent: "club.errors.parentConsentRequired",
    });
    // 14 and over need no parent.
    expect(messages(valid({ ageBand: "AGE_14_17" }))).toEqual({});
  });

  it("refuses unknown choices, a missing answer to the interaction question and a filled honeypot", () => {
    expect(messages(valid({ services: ["TELEPORT"] }))).toHaveProperty("services.0");
    expect(messages(valid({ readyToInteract: undefined }))).toMatchObject({
      readyToInteract: "club.errors.readyToInteract",
    });
    expect(messages(valid({ website: "http://spam" }))).toHaveProperty("website");
  });

  it("reads a posted form: every ticked box of a group, a ticked checkbox as 'on', an unticked one left out", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries({
      lastName: "Петрова",
      firstName: "Анна",
      email: "anna@mail.example",
      ageBand: "AGE_25_34",
      usageFrequency: "MONTHLY",
      readyToInteract: "no",
      dataConsent: "on",
    }))
      form.set(name, value);
    form.append("services", "PARCELS");
    form.append("services", "EMS");
    form.append("interests", "NEWS");
    expect(ZMembershipQuestionnaireForm.parse(form)).toMatchObject({
      services: ["PARCELS", "EMS"],
      interests: ["NEWS"],
      dataConsent: true,
      newsConsent: false,
      readyToInteract: "no",
    });

    form.delete("dataConsent");
    form.delete("services");
    form.delete("interests");
    const parsed = ZMembershipQuestionnaireForm.safeParse(form);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["dataConsent"]);
    expect(ZMembershipQuestionnaireForm.parse({ ...valid(), services: [] }).services).toEqual([]);
  });
});
