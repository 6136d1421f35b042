import type { TLocale } from "@/lib/i18n/locales";

/**
 * The version of the personal-data policy in force. Consents record it, so a change of text means a new
 * version here.
 */
export const PRIVACY_POLICY_VERSION = "2026-09-01";

type Section = { heading: string; paragraphs: string[] };

export const PRIVACY_POLICY: Record<TLocale, Section[]> = {
  ru: [
    {
      heading: "Кто обрабатывает данные",
      paragraphs: [
        "Оператор персональных данных — почтовая служба, которая ведёт Клуб клиентов и общественную приёмную. Данные обрабатываются в соответствии с Федеральным законом № 152-ФЗ «О персональных данных».",
      ],
    },
    {
      heading: "Какие данные и зачем",
      paragraphs: [
        "Для ответа на обращение: фамилия, имя, отчество (по желанию), адрес электронной почты, телефон (по желанию), текст обращения, номер отправления и приложенные файлы.",
        "Для участия в Клубе: имя, электронная почта, регион, возрастная группа, ответы анкеты и опросов, история начисления баллов.",
        "Мы не собираем больше, чем нужно для этих целей, и не передаём данные третьим лицам, кроме случаев, предусмотренных законом.",
      ],
    },
    {
      heading: "Согласие",
      paragraphs: [
        "Согласие на обработку персональных данных даётся отдельно от других согласий. Мы храним редакцию политики и время, когда согласие было дано. Согласие можно отозвать в личном кабинете или письмом.",
      ],
    },
    {
      heading: "Сроки хранения",
      paragraphs: [
        "Обращения и ответы на них хранятся в течение срока, установленного законодательством для такой переписки. Данные участника Клуба удаляются или обезличиваются после выхода из Клуба, кроме сведений, которые закон обязывает хранить.",
      ],
    },
    {
      heading: "Ваши права",
      paragraphs: [
        "Вы можете узнать, какие данные о вас хранятся, получить их копию, исправить их, отозвать согласие и потребовать удаления данных, если их обработка больше не нужна.",
      ],
    },
  ],
  en: [
    {
      heading: "Who processes the data",
      paragraphs: [
        "The data controller is the postal service that runs the Customer Club and the public reception. Data is processed under Federal Law No. 152-FZ on personal data.",
      ],
    },
    {
      heading: "What data and why",
      paragraphs: [
        "To answer an appeal: surname, first name, patronymic (optional), email address, phone (optional), the text of the appeal, the tracking number and attached files.",
        "To take part in the Club: name, email, region, age band, answers to the questionnaire and surveys, and the history of points.",
        "We collect no more than these purposes need and pass no data to third parties except where the law requires it.",
      ],
    },
    {
      heading: "Consent",
      paragraphs: [
        "Consent to the processing of personal data is given separately from any other consent. We keep the version of this policy and the time the consent was given. You may withdraw consent in your account or by letter.",
      ],
    },
    {
      heading: "How long we keep it",
      paragraphs: [
        "Appeals and their answers are kept for the period the law sets for such correspondence. A Club member's data is erased or anonymised when they leave the Club, except what the law obliges us to keep.",
      ],
    },
    {
      heading: "Your rights",
      paragraphs: [
        "You may learn what data about you is kept, receive a copy, correct it, withdraw consent and ask for the data to be erased when its processing is no longer needed.",
      ],
    },
  ],
};
