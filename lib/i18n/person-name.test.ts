import { describe, expect, it } from "vitest";

import { greetingName } from "./person-name";

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
