import { describe, expect, it } from "vitest";

import { greetingName, personName, placeLine } from "./person-name";

describe("greetingName", () => {
  it("greets by first name and patronymic, leaving the surname out", () => {
    expect(greetingName({ lastName: "Ходокова", firstName: "Анна", patronymic: "Сергеевна" } as never)).toBe(
      "Анна Сергеевна",
    );
  });

  it("greets by first name alone when there is no patronymic", () => {
    expect(greetingName({ firstName: "Anna", patronymic: null })).toBe("Anna");
    expect(greetingName({ firstName: " Анна ", patronymic: "  " })).toBe("Анна");
  });

  it("has no name to greet without a first name, even with a patronymic", () => {
    expect(greetingName({ firstName: "", patronymic: "Сергеевна" })).toBe("");
    expect(greetingName({ firstName: null })).toBe("");
    expect(greetingName({ firstName: "—", patronymic: null })).toBe("");
  });
});

describe("personName", () => {
  it("joins the parts given, in order", () => {
    expect(personName("Тестова", "Анна", "Сергеевна")).toBe("Тестова Анна Сергеевна");
    expect(personName(" Анна ", "Тестова")).toBe("Анна Тестова");
  });

  it("leaves out a part not given, or recorded as a dash, and is empty when none was", () => {
    expect(personName("Анна", "—")).toBe("Анна");
    expect(personName(null, "Анна", undefined, "")).toBe("Анна");
    expect(personName("—", "—")).toBe("");
  });
});

describe("placeLine", () => {
  it("writes a city the address repeats once", () => {
    expect(placeLine("Москва", "Москва, ул. Мясницкая, д. 26")).toBe("Москва, ул. Мясницкая, д. 26");
    expect(placeLine("Москва", "москва")).toBe("Москва");
  });

  it("keeps different parts, and leaves out missing ones", () => {
    expect(placeLine("Тверская область", null, "Тверь", "ул. Советская, д. 2")).toBe(
      "Тверская область, Тверь, ул. Советская, д. 2",
    );
    expect(placeLine(null, undefined)).toBe("");
  });
});
