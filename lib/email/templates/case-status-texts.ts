import type { CaseStatus } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";

/** What an applicant is told about: a change of the case's status, or an extended deadline. */
export type TCaseNotice =
  | "REGISTERED"
  | "IN_PROGRESS"
  | "WAITING_FOR_CUSTOMER"
  | "ANSWERED"
  | "EXTENDED"
  | "FORWARDED"
  | "LEFT_UNANSWERED"
  | "CORRESPONDENCE_ENDED"
  | "CLOSED"
  | "REOPENED";

/** The facts a notice's sentences are built from (see TCaseStatusData). */
export type TNoticeFacts = {
  number: string;
  /** The deadline in the office's time zone, when the case has one. */
  dueDate: string | null;
  /** The status the case left, where the wording depends on it. */
  from: CaseStatus | null;
  /** The grounds staff gave (an outcome's, an extension's): the law requires the notice to state them. */
  reason: string | null;
  /** The body a forwarded appeal went to. */
  forwardedTo: string | null;
};

type TNoticeTexts = { subject: (facts: TNoticeFacts) => string; body: (facts: TNoticeFacts) => (string | null)[] };

const LAW_RU = "Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»";
const LAW_EN = "Federal Law No. 59-FZ of 2 May 2006 “On the Procedure for Considering Appeals of Citizens of the Russian Federation”";

/** A sentence ending in a date: a Russian long date already ends with a full stop («21 декабря 2026 г.»). */
const ending = (date: string | null) => (date?.endsWith(".") ? date : `${date}.`);
const dueRu = ({ dueDate }: TNoticeFacts) => (dueDate ? `Ответ будет направлен на этот адрес не позднее ${ending(dueDate)}` : null);
const dueEn = ({ dueDate }: TNoticeFacts) => (dueDate ? `The answer will be sent to this address no later than ${ending(dueDate)}` : null);
const groundsRu = ({ reason }: TNoticeFacts) => (reason ? `Основание: ${reason}` : null);
const groundsEn = ({ reason }: TNoticeFacts) => (reason ? `Grounds: ${reason}` : null);

const RU: Record<TCaseNotice, TNoticeTexts> = {
  REGISTERED: {
    subject: ({ number }) => `Обращение ${number} зарегистрировано`,
    body: (facts) => [`Ваше обращение зарегистрировано под номером ${facts.number}.`, dueRu(facts)],
  },
  IN_PROGRESS: {
    subject: ({ number }) => `Обращение ${number} в работе`,
    body: (facts) => [
      facts.from === "WAITING_FOR_CUSTOMER"
        ? `Спасибо, ваши сведения получены. Мы продолжаем работу над обращением ${facts.number}, срок ответа снова идёт.`
        : facts.from === "REOPENED"
          ? `Мы снова работаем над вашим обращением ${facts.number}.`
          : `Мы взяли ваше обращение ${facts.number} в работу.`,
      dueRu(facts),
    ],
  },
  WAITING_FOR_CUSTOMER: {
    subject: ({ number }) => `Обращение ${number}: ждём ваших сведений`,
    body: ({ number, reason }) => [
      `Чтобы ответить по обращению ${number}, нам не хватает сведений от вас.`,
      reason ? `Что нужно: ${reason}` : null,
      "Пока мы ждём, срок ответа приостановлен: дни ожидания в него не засчитываются, и срок сдвинется на столько дней, сколько мы ждали.",
      "Как ответить: просто ответьте на это письмо или добавьте сведения и файлы на странице обращения по ссылке ниже.",
    ],
  },
  ANSWERED: {
    subject: ({ number }) => `Обращение ${number}: дан ответ — оцените его`,
    body: ({ number }) => [
      `По вашему обращению ${number} дан ответ. Он пришёл отдельным письмом и есть на странице обращения.`,
      "Помог ли вам ответ? Оцените его одним нажатием:",
    ],
  },
  EXTENDED: {
    subject: ({ number }) => `Срок ответа по обращению ${number} продлён`,
    body: ({ number, dueDate, reason }) => [`Срок рассмотрения вашего обращения ${number} продлён до ${ending(dueDate)}`, reason ? `Причина: ${reason}` : null],
  },
  FORWARDED: {
    subject: ({ number }) => `Обращение ${number} направлено по компетенции`,
    body: (facts) => [
      `Решение вопросов из вашего обращения ${facts.number} не входит в нашу компетенцию. По части 3 статьи 8 ${LAW_RU} мы направили его в орган, который решает эти вопросы: ${facts.forwardedTo ?? "компетентный орган"}.`,
      facts.reason ? `Почему: ${facts.reason}` : null,
      "Ответ по существу вы получите оттуда.",
    ],
  },
  LEFT_UNANSWERED: {
    subject: ({ number }) => `Обращение ${number} оставлено без ответа`,
    body: (facts) => [
      `Ваше обращение ${facts.number} оставлено без ответа по существу на основании статьи 11 ${LAW_RU}.`,
      groundsRu(facts),
      "Если причину можно устранить — например, изложить вопрос разборчиво, — вы вправе обратиться снова.",
    ],
  },
  CORRESPONDENCE_ENDED: {
    subject: ({ number }) => `Переписка по обращению ${number} прекращена`,
    body: (facts) => [
      `В обращении ${facts.number} повторяется вопрос, на который вам уже не раз давались письменные ответы по существу, а новых доводов или обстоятельств в нём нет. По части 5 статьи 11 ${LAW_RU} мы признали его безосновательным и прекратили переписку по этому вопросу.`,
      groundsRu(facts),
      "Если появятся новые обстоятельства, вы можете подать новое обращение.",
    ],
  },
  CLOSED: {
    subject: ({ number }) => `Обращение ${number} закрыто`,
    body: ({ number }) => [`Обращение ${number} закрыто. Спасибо, что написали нам.`, "Если вопрос не решён, ответьте на это письмо."],
  },
  REOPENED: {
    subject: ({ number }) => `Обращение ${number} снова в работе`,
    body: (facts) => [`Мы снова открыли ваше обращение ${facts.number} и продолжаем работу над ним.`, dueRu(facts)],
  },
};

const EN: Record<TCaseNotice, TNoticeTexts> = {
  REGISTERED: {
    subject: ({ number }) => `Case ${number} is registered`,
    body: (facts) => [`Your appeal is registered as case ${facts.number}.`, dueEn(facts)],
  },
  IN_PROGRESS: {
    subject: ({ number }) => `Case ${number} is in progress`,
    body: (facts) => [
      facts.from === "WAITING_FOR_CUSTOMER"
        ? `Thank you, we have your information. Work on case ${facts.number} goes on, and the time to answer runs again.`
        : facts.from === "REOPENED"
          ? `We are working on your case ${facts.number} again.`
          : `We have started working on your case ${facts.number}.`,
      dueEn(facts),
    ],
  },
  WAITING_FOR_CUSTOMER: {
    subject: ({ number }) => `Case ${number}: we are waiting for your information`,
    body: ({ number, reason }) => [
      `To answer case ${number}, we need more information from you.`,
      reason ? `What we need: ${reason}` : null,
      "While we wait, the time to answer is paused: the days of waiting do not count, and the deadline moves on by as many days as we waited.",
      "How to answer: simply reply to this email, or add information and files on the case page through the link below.",
    ],
  },
  ANSWERED: {
    subject: ({ number }) => `Case ${number} is answered — please rate the answer`,
    body: ({ number }) => [
      `Your case ${number} has been answered. The answer came in a separate email and is on the case page.`,
      "Did the answer help you? Rate it with one click:",
    ],
  },
  EXTENDED: {
    subject: ({ number }) => `The answer to case ${number} is extended`,
    body: ({ number, dueDate, reason }) => [`The time to answer your case ${number} has been extended to ${ending(dueDate)}`, reason ? `Reason: ${reason}` : null],
  },
  FORWARDED: {
    subject: ({ number }) => `Case ${number} is forwarded to the competent body`,
    body: (facts) => [
      `The questions of your case ${facts.number} are outside our competence. Under Article 8(3) of ${LAW_EN}, we have forwarded your appeal to the body that decides them: ${facts.forwardedTo ?? "the competent body"}.`,
      facts.reason ? `Why: ${facts.reason}` : null,
      "You will receive the answer on the merits from them.",
    ],
  },
  LEFT_UNANSWERED: {
    subject: ({ number }) => `Case ${number} is left without an answer`,
    body: (facts) => [
      `Your case ${facts.number} is left without an answer on the merits under Article 11 of ${LAW_EN}.`,
      groundsEn(facts),
      "If the cause can be removed — for example, by writing the question legibly — you may appeal again.",
    ],
  },
  CORRESPONDENCE_ENDED: {
    subject: ({ number }) => `Correspondence on case ${number} is ended`,
    body: (facts) => [
      `Case ${facts.number} repeats a question you have already received written answers on the merits to more than once, with no new arguments or circumstances. Under Article 11(5) of ${LAW_EN}, we have found it groundless and ended the correspondence on this question.`,
      groundsEn(facts),
      "If new circumstances arise, you may file a new appeal.",
    ],
  },
  CLOSED: {
    subject: ({ number }) => `Case ${number} is closed`,
    body: ({ number }) => [`Case ${number} is closed. Thank you for writing to us.`, "If the matter is not resolved, reply to this email."],
  },
  REOPENED: {
    subject: ({ number }) => `Case ${number} is in progress again`,
    body: (facts) => [`We have reopened your case ${facts.number} and are working on it again.`, dueEn(facts)],
  },
};

export const NOTICE_TEXTS: Record<TLocale, Record<TCaseNotice, TNoticeTexts>> = { ru: RU, en: EN };

/** The parts every notice shares. */
export const COMMON_TEXTS = {
  ru: {
    greeting: (name: string) => `Здравствуйте, ${name}!`,
    status: (status: string) => `Статус обращения: ${status}.`,
    comment: "Написать несколько слов к оценке",
    action: "Открыть страницу обращения",
    linkNote: "Ссылка личная, та же, что в прежних письмах, — не пересылайте её. Чтобы ответить, просто ответьте на это письмо.",
  },
  en: {
    greeting: (name: string) => `Hello, ${name}!`,
    status: (status: string) => `Status of the case: ${status}.`,
    comment: "Add a few words to your rating",
    action: "Open the case page",
    linkNote: "The link is personal and the same as in earlier emails — do not forward it. To answer, simply reply to this email.",
  },
} satisfies Record<TLocale, unknown>;
