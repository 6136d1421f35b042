import { describe, expect, it } from "vitest";

import { apiLocale } from "./api-locale";

const localeOf = (acceptLanguage?: string) =>
  apiLocale({ headers: new Headers(acceptLanguage === undefined ? {} : { "Accept-Language": acceptLanguage }) });

describe("the API's language", () => {
  it("is Russian unless the caller prefers English", () => {
    expect(localeOf()).toBe("ru");
    expect(localeOf("")).toBe("ru");
    expect(localeOf("de-DE, fr;q=0.8")).toBe("ru");
    expect(localeOf("en")).toBe("en");
    expect(localeOf("en-GB,en;q=0.9")).toBe("en");
  });

  it("follows the weights, then the order, and skips q=0", () => {
    expect(localeOf("ru;q=0.5, en;q=0.9")).toBe("en");
    expect(localeOf("de, en-US;q=0.7, ru;q=0.3")).toBe("en");
    expect(localeOf("ru, en")).toBe("ru");
    expect(localeOf("en;q=0, ru;q=0.1")).toBe("ru");
  });
});
