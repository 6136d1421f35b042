import { describe, expect, it } from "vitest";

import { toOfficeSummary } from "./office-summary";

const office = {
  postcode: "101000",
  name: "Москва",
  type: "О",
  region: "Москва",
  autonomousOkrug: null,
  area: null,
  city: null,
  settlement: null,
  timeZone: "Europe/Moscow",
};

describe("toOfficeSummary", () => {
  it.each([
    [{}, "101000, Москва"],
    [{ city: "Москва" }, "101000, Москва"],
    [{ region: "Татарстан Республика", city: "Казань", postcode: "420111" }, "420111, Татарстан Республика, Казань"],
    [
      {
        region: "Тюменская область",
        autonomousOkrug: "Ханты-Мансийский-Югра автономный округ",
        city: "Сургут",
        postcode: "628400",
      },
      "628400, Тюменская область, Ханты-Мансийский-Югра автономный округ, Сургут",
    ],
    [
      {
        region: "",
        autonomousOkrug: "Ненецкий автономный округ",
        area: "Заполярный район",
        city: "Макарово",
        postcode: "166702",
      },
      "166702, Ненецкий автономный округ, Заполярный район, Макарово",
    ],
  ])("%j reads %j", (overrides, addressLine) => {
    expect(toOfficeSummary({ ...office, ...overrides }).addressLine).toBe(addressLine);
  });

  it("uses the okrug as the region when the directory leaves the region empty", () => {
    expect(toOfficeSummary({ ...office, region: "", autonomousOkrug: "Чукотский автономный округ" }).region).toBe(
      "Чукотский автономный округ",
    );
  });
});
