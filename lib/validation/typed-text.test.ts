import { describe, expect, it } from "vitest";

import { ZIssueApiKey } from "@/lib/api-keys/schemas";
import { ZAddInternalNote } from "@/lib/console-cases/schemas";
import { parseInboxQuery, ZSaveView } from "@/lib/inbox/schemas";
import { ZSaveReward } from "@/lib/loyalty/console-schemas";
import { ZMemberSearch } from "@/lib/members/schemas";
import { ZInviteStaff } from "@/lib/staff/schemas";
import { ZShowIf } from "@/lib/surveys/schemas";

import { typedText } from "./z";

// PostgreSQL refuses NUL in text and in JSON; the other control characters no keyboard types.
const CONTROLS = ["\u0000", "a\u0000b", "\u0001", "\u0008", "\u000b", "\u000c", "\u001b[2J", "\u007f", "\ud800"];

describe("typedText", () => {
  it("refuses control characters and broken characters, keeping tabs and line breaks", () => {
    for (const value of CONTROLS) expect(typedText().safeParse(value).success, JSON.stringify(value)).toBe(false);
    expect(typedText().safeParse("\u0000").error?.issues[0].message).toBe("validation.controlCharacters");
    expect(typedText().parse("Строка 1\r\n\tСтрока 2 😀")).toBe("Строка 1\r\n\tСтрока 2 😀");
  });

  it("keeps NUL out of every console form and filter that reads text", () => {
    const caseId = crypto.randomUUID();
    const forms = (value: string) => [
      ZSaveView.safeParse({ name: `Мои ${value}`, query: "q=a" }),
      ZSaveView.safeParse({ name: "Мои", query: `q=${value}` }),
      ZAddInternalNote.safeParse({ caseId, body: `Заметка ${value}` }),
      ZIssueApiKey.safeParse({ name: `Ключ ${value}`, scopes: ["cases:read"] }),
      ZSaveReward.safeParse({ title: `Приз ${value}`, description: "", costPoints: 10, stock: 1, isActive: true }),
      ZInviteStaff.safeParse({
        name: `Имя ${value}`,
        email: "a@portal.example",
        role: "OPERATOR",
        offices: "",
        locale: "ru",
      }),
      ZShowIf.safeParse({ questionId: `q${value}`, anyOf: ["yes"] }),
      ZShowIf.safeParse({ questionId: caseId, anyOf: [`yes${value}`] }),
    ];
    // Each form takes the same text without the control character: only that character is refused.
    expect(forms("ok").map((result) => result.error?.issues ?? [])).toEqual(forms("ok").map(() => []));
    for (const value of ["\u0000", "x\u0000"]) {
      expect(forms(value).map((result) => result.success)).toEqual(forms(value).map(() => false));
      expect(parseInboxQuery({ q: value, region: value, type: "CLAIM" })).toMatchObject({
        q: undefined,
        region: undefined,
        type: "CLAIM",
      });
      expect(ZMemberSearch.parse({ q: value }).q).toBe("");
    }
  });
});
