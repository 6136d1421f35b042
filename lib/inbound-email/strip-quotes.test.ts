import { describe, expect, it } from "vitest";

import { splitReply } from "./strip-quotes";

const stripQuotedText = (text: string) => splitReply(text).own;

const QUOTE_RU = "> Здравствуйте, Иван Петров!\n> Уточните, пожалуйста, номер отправления.\n>\n> Клуб клиентов";
const QUOTE_EN = "> Hello, John Smith!\n> Please tell us the tracking number.";

describe("splitReply: the customer's own words", () => {
  it("keeps the reply above a Gmail attribution in English, also when it wraps", () => {
    const text = `The number is RA123456785RU.\n\nOn Sat, Nov 21, 2026 at 10:00 AM Customer Club <\nreply+abc@portal.example> wrote:\n\n${QUOTE_EN}`;
    expect(stripQuotedText(text)).toBe("The number is RA123456785RU.");
    const oneLine = `Thanks!\r\n\r\nOn Sat, Nov 21, 2026 at 10:00 AM Club <reply@portal.example> wrote:\r\n${QUOTE_EN}\r\n`;
    expect(stripQuotedText(oneLine)).toBe("Thanks!");
  });

  it("keeps the reply above a Gmail attribution in Russian (ends with the address and a colon)", () => {
    const text = `Номер отправления RA123456785RU.\n\nсб, 21 нояб. 2026 г. в 10:00, Клуб клиентов <reply+abc@portal.example>:\n\n${QUOTE_RU}`;
    expect(stripQuotedText(text)).toBe("Номер отправления RA123456785RU.");
  });

  it("cuts Яндекс's and Mail.ru's attributions", () => {
    const yandex = `Посылка так и не пришла.\n\n21.11.2026, 10:00, "Клуб клиентов" <reply+abc@portal.example>:\n${QUOTE_RU}`;
    expect(stripQuotedText(yandex)).toBe("Посылка так и не пришла.");
    const mailRu = `Добрый день.\nПрилагаю фото упаковки.\n\n\nСуббота, 21 ноября 2026, 10:00 +03:00 от Клуб клиентов <reply+abc@portal.example>:\n${QUOTE_RU}`;
    expect(stripQuotedText(mailRu)).toBe("Добрый день.\nПрилагаю фото упаковки.");
  });

  it("cuts Thunderbird's «написал(а):» and «пишет:»", () => {
    expect(stripQuotedText(`Спасибо, жду.\n\n21.11.2026 10:00, Клуб клиентов написал(а):\n${QUOTE_RU}`)).toBe(
      "Спасибо, жду.",
    );
    expect(stripQuotedText(`Жду ответа.\n\n21.11.2026 10:00, Клуб клиентов пишет:\n${QUOTE_RU}`)).toBe("Жду ответа.");
  });

  it("cuts Outlook's header block, in English and in Russian", () => {
    const en = `Please call me.\n\n________________________________\nFrom: Customer Club <reply+abc@portal.example>\nSent: Saturday, November 21, 2026 10:00 AM\nTo: John Smith\nSubject: Ж-2026-000123\n\nHello, John Smith!`;
    expect(stripQuotedText(en)).toBe("Please call me.");
    const ru = `Перезвоните мне, пожалуйста.\n\nОт: Клуб клиентов <reply+abc@portal.example>\nОтправлено: 21 ноября 2026 г. 10:00\nКому: Иван Петров\nТема: Ж-2026-000123\n\nЗдравствуйте!`;
    expect(stripQuotedText(ru)).toBe("Перезвоните мне, пожалуйста.");
    const original = `See below.\n-----Original Message-----\nHello`;
    expect(stripQuotedText(original)).toBe("See below.");
  });

  it("drops the signature and a mobile footer", () => {
    expect(stripQuotedText("Фото во вложении.\n\n-- \nИван Петров\n+7 900 000-00-00")).toBe("Фото во вложении.");
    expect(stripQuotedText("On my way.\n\nSent from my iPhone")).toBe("On my way.");
    expect(stripQuotedText("Фото во вложении.\n\nОтправлено из мобильной Почты Mail.ru")).toBe("Фото во вложении.");
  });

  it("removes quoted lines interleaved with answers", () => {
    const text = "> Укажите номер отправления.\nRA123456785RU\n> И дату отправки.\n20 ноября";
    expect(stripQuotedText(text)).toBe("RA123456785RU\n20 ноября");
  });

  it("leaves a reply with nothing quoted as it is, also one that says «написал:» itself", () => {
    const text = "Почтальон мне написал:\nпосылка на складе.\n\nПрошу разобраться.";
    expect(stripQuotedText(text)).toBe(text);
    expect(stripQuotedText("  \n\nПросто текст.\n\n")).toBe("Просто текст.");
  });
});

describe("splitReply: the quote kept apart", () => {
  it("keeps the attribution and the quoted lines as the quote, «>» and all", () => {
    const reply = splitReply(`Жду звонка.\n\n21.11.2026 10:00, Клуб клиентов пишет:\n${QUOTE_RU}\n`);
    expect(reply).toEqual({ own: "Жду звонка.", quoted: `21.11.2026 10:00, Клуб клиентов пишет:\n${QUOTE_RU}` });
  });

  it("keeps the words written below the quote, and between its parts", () => {
    const below = splitReply(
      `On 21/11/2026 10:00, Customer Club wrote:\n${QUOTE_EN}\n\nRA123456785RU, sent on 20 November.\n\n-- \nJohn`,
    );
    expect(below).toEqual({
      own: "RA123456785RU, sent on 20 November.",
      quoted: `On 21/11/2026 10:00, Customer Club wrote:\n${QUOTE_EN}`,
    });
    const between = splitReply("> Номер?\n\nRA123456785RU\n\n> Дата?\n\n20 ноября\n\n-- \nИван\n");
    expect(between).toEqual({ own: "RA123456785RU\n\n20 ноября", quoted: "> Номер?\n> Дата?" });
  });

  it("takes a signature above the quote out of both", () => {
    const reply = splitReply(`Спасибо.\n\n-- \nИван Петров\n\n21.11.2026 10:00, Клуб клиентов пишет:\n${QUOTE_RU}`);
    expect(reply).toEqual({ own: "Спасибо.", quoted: `21.11.2026 10:00, Клуб клиентов пишет:\n${QUOTE_RU}` });
  });

  it("takes a forwarded message whole as the quote", () => {
    const forwarded =
      '-------- Пересылаемое сообщение --------\n20.11.2026, 18:00, "Почта" <info@post.example>:\nВаше отправление RA123456785RU прибыло.\n-------- Конец пересылаемого сообщения --------';
    expect(splitReply(`Вот что мне пришло.\n\n${forwarded}`)).toEqual({
      own: "Вот что мне пришло.",
      quoted: forwarded,
    });
    const apple = "Begin forwarded message:\n\nFrom: Post <info@post.example>\nSubject: Your parcel\n\nArrived.";
    expect(splitReply(`FYI\n\n${apple}`)).toEqual({ own: "FYI", quoted: apple });
  });

  it("takes an unmistakable attribution without «>» lines as the start of the quote (clients that do not mark lines)", () => {
    const reply = splitReply(
      "Спасибо!\n\nOn Sat, 21 Nov 2026 at 10:00, Customer Club <reply@portal.example> wrote:\nHello, John Smith!\nPlease call us.",
    );
    expect(reply).toEqual({
      own: "Спасибо!",
      quoted:
        "On Sat, 21 Nov 2026 at 10:00, Customer Club <reply@portal.example> wrote:\nHello, John Smith!\nPlease call us.",
    });
  });

  it("does not take the customer's own «… 21 ноября написал:» for an attribution when nothing quoted follows", () => {
    const text = "Почтальон 21 ноября мне написал:\nпосылка на складе.";
    expect(splitReply(text)).toEqual({ own: text, quoted: "" });
  });

  it("gives nothing of the customer's own when they only forwarded or quoted", () => {
    expect(splitReply(`21.11.2026 10:00, Клуб клиентов пишет:\n${QUOTE_RU}`)).toEqual({
      own: "",
      quoted: `21.11.2026 10:00, Клуб клиентов пишет:\n${QUOTE_RU}`,
    });
  });
});

describe("splitReply: a greeting above the attribution", () => {
  it("stays the customer's, not the start of a wrapped attribution", () => {
    const reply = splitReply(`Hello,\nOn 21/11/2026 10:00, Customer Club wrote:\n${QUOTE_EN}`);
    expect(reply).toEqual({ own: "Hello,", quoted: `On 21/11/2026 10:00, Customer Club wrote:\n${QUOTE_EN}` });
  });
});
