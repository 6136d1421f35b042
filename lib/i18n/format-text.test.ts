import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { formatText, type TTextValues } from "./format-text";
import en from "./messages/en.json";
import ru from "./messages/ru.json";
import { SERVER_NAMESPACES } from "./namespaces";

type TNode = string | string[] | { [key: string]: TNode };

/** Every string message of the catalogue, with its dotted key. */
function* messagesOf(node: TNode, key = ""): Generator<[string, string]> {
  if (typeof node === "string") yield [key, node];
  else if (!Array.isArray(node))
    for (const [part, child] of Object.entries(node)) yield* messagesOf(child, key ? `${key}.${part}` : part);
}

/** Values that walk through every branch of a message: each count for plurals, each option for selects. */
function valuesFor(message: string): TTextValues[] {
  const names = [...message.matchAll(/\{\s*(\w+)\s*(?:,\s*(\w+))?/g)];
  const selects = names.filter(([, , kind]) => kind === "select").map(([, name]) => name);
  const options = [...message.matchAll(/(\w+)\s*\{/g)].map(([, option]) => option);
  const sets: TTextValues[] = [];
  for (const count of [0, 1, 2, 5, 21, 1000, 2.5]) {
    for (const option of selects.length > 0 ? [...options, "unknown"] : [""]) {
      const values: TTextValues = {};
      for (const [, name, kind] of names)
        values[name] = kind === "select" ? option : kind === "plural" ? count : `<${name}>`;
      sets.push(values);
    }
  }
  return sets;
}

describe("formatText", () => {
  it("fills in named values", () => {
    expect(formatText(en.tracking.s10, { country: "RU" }, "en")).toBe("International number (S10), country code RU.");
    expect(formatText(ru.offices.found, { name: "Москва 101000", address: "ул. Мясницкая, 26" }, "ru")).toBe(
      "Москва 101000: ул. Мясницкая, 26",
    );
  });

  it("chooses the plural form of the language, exact matches first", () => {
    expect(formatText(ru.attachments.chosenCount, { count: 0 }, "ru")).toBe("Файлы не выбраны");
    expect(formatText(ru.attachments.chosenCount, { count: 1 }, "ru")).toBe("Выбран 1 файл");
    expect(formatText(ru.attachments.chosenCount, { count: 3 }, "ru")).toBe("Выбрано 3 файла");
    expect(formatText(ru.attachments.chosenCount, { count: 5 }, "ru")).toBe("Выбрано 5 файлов");
    expect(formatText(en.attachments.chosenCount, { count: 1 }, "en")).toBe("1 file chosen");
    expect(formatText(en.attachments.chosenCount, { count: 2 }, "en")).toBe("2 files chosen");
  });

  it("formats a plural inside a sentence with other values", () => {
    expect(formatText(ru.attachments.hint, { maxFiles: 5, maxMb: 10 }, "ru")).toBe(
      "Фото или сканы: JPEG, PNG, HEIC или PDF. Не больше 5 файлов, до 10 МБ каждый.",
    );
    expect(formatText(en.attachments.tooMany, { max: 5 }, "en")).toBe("You can attach at most 5 files");
  });

  it("writes the number as the language does, whole numbers under a thousand and larger ones alike", () => {
    const points = "{points, plural, one {# балл} few {# балла} many {# баллов} other {# балла}}";
    const expected: [number, string][] = [
      [0, "0 баллов"],
      [21, "21 балл"],
      [999, "999 баллов"],
      [1000, `${new Intl.NumberFormat("ru").format(1000)} баллов`],
      [25000, "25\u00a0000 баллов"],
      [1.5, "1,5 балла"],
    ];
    for (const [value, text] of expected) expect(formatText(points, { points: value }, "ru")).toBe(text);
    expect(formatText(en.attachments.chosenCount, { count: 12000 }, "en")).toBe("12,000 files chosen");
  });

  it("leaves text without placeholders as it is", () => {
    expect(formatText(en.validation.required, {}, "en")).toBe("Fill in this field");
  });

  it("reads every message a page may show as next-intl does (the emails' copy is read on the server only)", () => {
    for (const [locale, messages] of [
      ["ru", ru],
      ["en", en],
    ] as const) {
      // Keys come from walking the catalogue here, not from the code, so the translator's typed keys do not apply.
      const t = createTranslator({
        locale,
        messages,
        onError: (error) => {
          throw error;
        },
      }) as unknown as (key: string, values: TTextValues) => string;
      for (const [key, message] of messagesOf(messages)) {
        if (SERVER_NAMESPACES.includes(key.split(".")[0])) continue;
        for (const values of valuesFor(message)) expect(formatText(message, values, locale), key).toBe(t(key, values));
      }
    }
    // Every message of both catalogues, each through next-intl: seconds on a busy machine, not milliseconds.
  }, 60_000);

  it("shows braces given as values as they are", () => {
    expect(formatText(en.templates.placeholdersHint, { placeholders: "{name} {caseNumber}" }, "en")).toBe(
      "Placeholders: {name} {caseNumber}",
    );
  });
});
