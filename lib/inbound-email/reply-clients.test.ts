/**
 * Replies to a case's email as real mail clients write them (fixtures/*.eml: headers, encodings and bodies
 * as each client sends them): the case keeps exactly the customer's own words, the quoted history apart.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";

import { htmlToText } from "./html-to-text";
import { parseInboundEmail } from "./parse-inbound-email";
import { splitReply } from "./strip-quotes";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name));

/** What the case gets from the message: the same path as an email arriving. */
async function replyOf(name: string) {
  return splitReply((await parseInboundEmail(fixture(name))).text);
}

/** The same message read from its HTML part alone, as if the client had sent no text part. */
async function htmlReplyOf(name: string) {
  const parsed = await simpleParser(fixture(name));
  return splitReply(htmlToText(parsed.html || ""));
}

describe("replies from each mail client", () => {
  // The same reading for each: the client's own words kept, its quote of the case's email apart.
  it.each([
    {
      client: "Thunderbird, written below the quote: the words under the quote are kept, the signature dropped",
      file: "thunderbird-bottom-post.eml",
      own: "Номер отправления RA123456785RU, отправлено 20 ноября из отделения 101000.\n\nФото квитанции во вложении.",
      quoted:
        "21.11.2026 10:00, Клуб клиентов пишет:\n> Здравствуйте, Иван Петров!\n>\n> Уточните, пожалуйста, номер отправления и дату отправки.\n>\n> Клуб клиентов",
    },
    {
      client: "Thunderbird, answering between the quoted lines: each answer kept, each question quoted",
      file: "thunderbird-interleaved.eml",
      own: "RA123456785RU\n\n20 ноября 2026 г.",
      quoted:
        "21.11.2026 10:00, Клуб клиентов пишет:\n> Здравствуйте, Иван Петров!\n>\n> 1. Укажите номер отправления.\n> 2. Укажите дату отправки.\n> Клуб клиентов",
    },
    {
      client: "Thunderbird, written above the quote",
      file: "thunderbird-top-post.eml",
      own: "Hello,\n\nthe tracking number is RA123456785RU, sent on 20 November. The receipt is attached.\n\nJohn",
      quoted:
        "On 21/11/2026 10:00, Customer Club wrote:\n> Hello, John Smith!\n>\n> Please tell us the tracking number and the date it was sent.\n>\n> Customer Club",
    },
    {
      client: "Яндекс, HTML only: the attribution above its blockquote is quoted, the «-- » signature dropped",
      file: "yandex-html.eml",
      own: "Посылка так и не пришла, трек-номер RA123456785RU.\n\nПрошу разобраться.",
      quoted:
        '21.11.2026, 10:00, "Клуб клиентов" <reply+abc@portal.example>:\n> Здравствуйте, Иван Петров!\n>\n> Уточните, пожалуйста, номер отправления.\n>\n> Клуб клиентов',
    },
    {
      client: "Mail.ru, HTML only: its bordered blockquote with the attribution inside, its signature widget dropped",
      file: "mailru-html.eml",
      own: "Добрый день.\nПрилагаю фото упаковки, коробка была вскрыта.",
      quoted:
        "> Суббота, 21 ноября 2026, 10:00 +03:00 от Клуб клиентов <reply+abc@portal.example>:\n>\n> Здравствуйте, Иван Петров!\n>\n> Уточните, пожалуйста, номер отправления.\n>\n> Клуб клиентов",
    },
    {
      client: "Outlook, HTML in Russian: from the «От:/Отправлено:» block under its top border on, all is the quote",
      file: "outlook-html.eml",
      own: "Добрый день!\n\nПерезвоните мне, пожалуйста, по номеру +7 900 000-00-00 после 18:00.\n\nС уважением,\nИван Петров",
      quoted: [
        "> От: Клуб клиентов <reply+abc@portal.example>",
        "> Отправлено: суббота, 21 ноября 2026 г. 10:00",
        "> Кому: Иван Петров <ivan@corp.example>",
        "> Тема: Ж-2026-000123: нужны дополнительные сведения",
        ">",
        "> Здравствуйте, Иван Петров!",
        "> Уточните, пожалуйста, удобное время для звонка.",
      ].join("\n"),
    },
  ])("$client", async ({ file, own, quoted }) => {
    const reply = await replyOf(file);
    expect(reply.own).toBe(own);
    expect(reply.quoted).toBe(quoted);
  });

  it("Gmail in Russian, from its text part and from its HTML alike", async () => {
    const own = "Номер отправления RA123456785RU, отправлено 20 ноября.\nКоробка была вскрыта, фото прилагаю.";
    const reply = await replyOf("gmail.eml");
    expect(reply.own).toBe(own);
    expect(reply.quoted).toBe(
      "сб, 21 нояб. 2026 г. в 10:00, Клуб клиентов <reply+abc@portal.example>:\n> Здравствуйте, Иван Петров!\n>\n> Уточните, пожалуйста, номер отправления.\n>\n> Клуб клиентов\n>",
    );
    const fromHtml = await htmlReplyOf("gmail.eml");
    expect(fromHtml.own).toBe(own);
    expect(fromHtml.quoted).toBe(
      "> сб, 21 нояб. 2026 г. в 10:00, Клуб клиентов <reply+abc@portal.example>:\n>>\n>> Здравствуйте, Иван Петров!\n>>\n>> Уточните, пожалуйста, номер отправления.\n>>\n>> Клуб клиентов",
    );
  });

  it("Hotmail (Outlook.com): the header block under the rule, from its text part and from its HTML alike", async () => {
    const own = "Please call me back about the parcel, I am at home after 6 pm.";
    const reply = await replyOf("hotmail.eml");
    expect(reply.own).toBe(own);
    expect(reply.quoted).toMatch(
      /^_{32}\nFrom: Customer Club <reply\+abc@portal\.example>\nSent: Saturday, November 21, 2026 10:00 AM\n/,
    );
    expect(reply.quoted).toContain("Please tell us when we can call you.");
    const fromHtml = await htmlReplyOf("hotmail.eml");
    expect(fromHtml.own).toBe(own);
    expect(fromHtml.quoted).toBe(
      [
        "> From: Customer Club <reply+abc@portal.example>",
        "> Sent: Saturday, November 21, 2026 10:00 AM",
        "> To: John Smith <john.smith@hotmail.example>",
        "> Subject: Case Ж-2026-000123: more details needed",
        ">",
        "> Hello, John Smith!",
        ">",
        "> Please tell us when we can call you.",
        ">",
        "> Customer Club",
      ].join("\n"),
    );
  });
});
