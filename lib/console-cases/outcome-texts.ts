import type { TLocale } from "@/lib/i18n/locales";

import type { TUnansweredGrounds } from "./outcomes";

/** The grounds of ст. 11 as the applicant's notice states them («Основание: …»). */
const GROUNDS: Record<TLocale, Record<TUnansweredGrounds, string>> = {
  ru: {
    NO_RETURN_ADDRESS:
      "в обращении не указаны фамилия или адрес, по которому должен быть направлен ответ (часть 1 статьи 11).",
    ABUSIVE: "обращение содержит нецензурные либо оскорбительные выражения или угрозы (часть 3 статьи 11).",
    UNREADABLE: "текст обращения не поддаётся прочтению (часть 4 статьи 11).",
  },
  en: {
    NO_RETURN_ADDRESS: "the appeal gives no surname or no address to which the answer should be sent (Article 11(1)).",
    ABUSIVE: "the appeal contains obscene or offensive language or threats (Article 11(3)).",
    UNREADABLE: "the text of the appeal cannot be read (Article 11(4)).",
  },
};

export function unansweredGroundsText(grounds: TUnansweredGrounds, locale: TLocale): string {
  return GROUNDS[locale][grounds];
}
