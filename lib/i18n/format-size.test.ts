import { describe, expect, it } from "vitest";

import { fileSize } from "./format-size";
import { formatText } from "./format-text";
import en from "./messages/en.json";
import ru from "./messages/ru.json";

const CATALOGUES = { ru, en };

function sized(bytes: number, locale: "ru" | "en"): string {
  const { key, size } = fileSize(bytes, locale);
  return formatText(CATALOGUES[locale].attachments[key], { size }, locale);
}

describe("fileSize", () => {
  it("writes the unit in the page's language, never the other's", () => {
    expect(sized(8 * 1024, "ru")).toBe("8 КБ");
    expect(sized(8 * 1024, "en")).toBe("8 KB");
    expect(sized(1.5 * 1024 * 1024, "ru")).toBe("1,5 МБ");
    expect(sized(1.5 * 1024 * 1024, "en")).toBe("1.5 MB");
  });

  it("never says a small file weighs nothing", () => {
    expect(sized(200, "ru")).toBe("1 КБ");
  });
});
