import { caseTypeOf } from "@/lib/i18n/case-kind";
import { catalogue } from "@/lib/i18n/catalogue";
import { inSentence } from "@/lib/i18n/customer-status";
import type { TLocale } from "@/lib/i18n/locales";

/**
 * What an email calls its case — обращение, заявление на розыск, оценка, сообщение об очереди — from the
 * catalogue's one map (caseKinds), by the type its number carries. `kind` is for the sentences whose grammar
 * follows the type («Оценка … зарегистрирована»).
 */
export function caseWords(locale: TLocale, caseNumber: string) {
  const kind = caseTypeOf(caseNumber);
  const words = catalogue(locale).caseKinds[kind];
  return {
    kind,
    what: words.name,
    whatInSentence: inSentence(words.name),
    filed: words.filed,
    openPage: words.openPage,
  };
}
