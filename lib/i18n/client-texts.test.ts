import type { ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";

import type { TTextMessages } from "@/components/i18n/texts";

import ru from "./messages/ru.json";

vi.mock("next-intl/server", () => ({
  getLocale: async () => "ru",
  getTimeZone: async () => "Europe/Moscow",
  getMessages: async () => ru,
}));

const { ClientTexts, FORM_TEXT_NAMESPACES, ROOT_TEXT_NAMESPACES } = await import("./client-texts");

async function sentMessages(namespaces: readonly string[] | "all"): Promise<TTextMessages> {
  const element = (await ClientTexts({ namespaces, children: null })) as ReactElement<{ messages: TTextMessages }>;
  return element.props.messages;
}

describe("ClientTexts", () => {
  it("sends an area the whole catalogue but the emails' copy, which only the server reads", async () => {
    const messages = await sentMessages("all");
    expect(messages).toHaveProperty("caseDetail.reply.title", ru.caseDetail.reply.title);
    expect(messages).toHaveProperty("validation");
    expect(messages).not.toHaveProperty("email");
  });

  it("sends a page only the namespaces it names", async () => {
    expect(Object.keys(await sentMessages(["statusPage", "desk"]))).toEqual(["statusPage", "desk"]);
  });

  it("sends single messages of a namespace named with their key, and nothing else of it", async () => {
    expect(await sentMessages(["statusPage.added", "statusPage.send", "desk.scoreLabels"])).toEqual({
      statusPage: { added: ru.statusPage.added, send: ru.statusPage.send },
      desk: { scoreLabels: ru.desk.scoreLabels },
    });
  });

  it("hands every page the error page's words and leaves the form parts' to the pages with forms", async () => {
    const root = await sentMessages(ROOT_TEXT_NAMESPACES);
    expect(root).toEqual({ error: ru.error });
    const form = await sentMessages(FORM_TEXT_NAMESPACES);
    expect(form).toHaveProperty("validation.required", ru.validation.required);
    expect(form).toHaveProperty("attachments.tooMany", ru.attachments.tooMany);
    expect(form).not.toHaveProperty("error");
  });
});
