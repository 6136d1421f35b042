/**
 * Demo data: the sample office directory, complaint topics, one staff account of every role, a few club
 * members and cases. Safe to run again: everything is keyed and upserted.
 */
import path from "node:path";

import { hashPassword } from "@/lib/auth/password";
import { newLinkToken } from "@/lib/auth/tokens";
import { allocateCaseNumber } from "@/lib/cases/allocate-case-number";
import { deadlineRuleFor } from "@/lib/cases/deadlines";
import { termFor } from "@/lib/cases/work-calendar";
import { db } from "@/lib/db";
import { ensureDatabaseUrl } from "@/lib/db/database-url";
import { seedEvents } from "@/lib/events/seed-events";
import type { CaseType, StaffRole } from "@/lib/generated/prisma/enums";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { cardNumberFromSerial } from "@/lib/loyalty/card-number";
import { seedLoyalty } from "@/lib/loyalty/seed-loyalty";
import { importOffices } from "@/lib/offices/import-offices";
import { seedSurveys } from "@/lib/surveys/seed-surveys";

/** The password of every demo staff account; the README lists the accounts. */
export const DEMO_STAFF_PASSWORD = "Demo-Portal-2026";

const TOPICS = [
  ["queue", "Очередь в отделении", "Queue at the office"],
  ["staff-behaviour", "Поведение сотрудников", "Staff behaviour"],
  ["delivery-delay", "Задержка доставки", "Delivery delay"],
  ["damaged-item", "Повреждённое отправление", "Damaged item"],
  ["notice-not-delivered", "Не доставлено извещение", "Notice not delivered"],
  ["opening-hours", "Режим работы отделения", "Office opening hours"],
  ["website-app", "Сайт и мобильное приложение", "Website and app"],
  ["other", "Другое", "Other"],
] as const;

const STAFF: { email: string; name: string; role: StaffRole; offices?: string[] }[] = [
  { email: "admin@portal.example", name: "Анна Админова", role: "ADMIN" },
  { email: "supervisor@portal.example", name: "Сергей Руководов", role: "SUPERVISOR" },
  { email: "operator@portal.example", name: "Ольга Операторова", role: "OPERATOR" },
  { email: "analyst@portal.example", name: "Антон Аналитиков", role: "ANALYST" },
  { email: "head.moscow@portal.example", name: "Марина Начальникова", role: "OFFICE_HEAD", offices: ["101000"] },
];

const MEMBERS = [
  {
    serial: 1,
    email: "ivanova@member.example",
    firstName: "Мария",
    lastName: "Иванова",
    region: "Москва",
    city: "Москва",
  },
  {
    serial: 2,
    email: "petrov@member.example",
    firstName: "Пётр",
    lastName: "Петров",
    region: "Татарстан Республика",
    city: "Казань",
  },
  {
    serial: 3,
    email: "sidorova@member.example",
    firstName: "Елена",
    lastName: "Сидорова",
    region: "Новосибирская область",
    city: "Новосибирск",
  },
];

const DAY = 24 * 60 * 60 * 1000;

const CASES: {
  key: string;
  type: CaseType;
  topic?: string;
  applicantName: string;
  applicantEmail: string;
  officePostcode?: string;
  trackingNumber?: string;
  text: string;
  daysAgo: number;
  /** Claims only: the deadline depends on where the item goes. */
  direction?: "DOMESTIC" | "INTERNATIONAL";
  /** Office ratings only. */
  ratingScore?: number;
  /** A demo member who filed it while signed in: it shows in their account. */
  memberEmail?: string;
}[] = [
  {
    key: "queue-complaint",
    type: "COMPLAINT",
    topic: "queue",
    applicantName: "Смирнов Алексей",
    applicantEmail: "smirnov@customer.example",
    officePostcode: "101000",
    text: "В отделении работало одно окно из четырёх, в очереди простоял 40 минут.",
    daysAgo: 3,
  },
  {
    key: "late-parcel",
    type: "COMPLAINT",
    topic: "delivery-delay",
    applicantName: "Кузнецова Ирина",
    applicantEmail: "kuznetsova@customer.example",
    officePostcode: "420111",
    trackingNumber: "42011199012345",
    text: "Посылка идёт из Казани в Москву уже три недели, статус не меняется.",
    daysAgo: 35,
  },
  {
    key: "lost-international",
    type: "CLAIM",
    applicantName: "Попов Дмитрий",
    applicantEmail: "popov@customer.example",
    officePostcode: "190000",
    trackingNumber: "RB123456785GB",
    text: "Международное отправление из Великобритании не поступило в отделение вручения.",
    daysAgo: 10,
    direction: "INTERNATIONAL",
  },
  {
    key: "lost-domestic",
    type: "CLAIM",
    applicantName: "Волкова Светлана",
    applicantEmail: "volkova@customer.example",
    officePostcode: "630099",
    trackingNumber: "63009999012346",
    text: "Бандероль отправлена в Новосибирск 2 месяца назад, получатель её не получил.",
    daysAgo: 31,
    direction: "DOMESTIC",
  },
  {
    key: "member-complaint",
    type: "COMPLAINT",
    topic: "staff-behaviour",
    applicantName: "Иванова Мария",
    applicantEmail: "ivanova@member.example",
    officePostcode: "101000",
    text: "Сотрудник отделения отказался принять заказное письмо без объяснения причин.",
    daysAgo: 5,
    memberEmail: "ivanova@member.example",
  },
  {
    // An office rating is feedback: it carries no deadline.
    key: "office-rating",
    type: "RATING",
    applicantName: "Орлова Анна",
    applicantEmail: "orlova@customer.example",
    officePostcode: "190000",
    text: "Операционист помогла быстро оформить посылку за границу, спасибо.",
    daysAgo: 2,
    ratingScore: 5,
  },
];

async function seedOffices() {
  const sample = path.join(import.meta.dirname, "data", "offices-sample.csv");
  const { rows } = await importOffices(sample);
  await db.office.updateMany({
    where: { postcode: { in: ["101000", "190000", "420111", "630099", "690091"] }, contactEmail: null },
    data: { contactEmail: "office-head@portal.example" },
  });
  return rows;
}

async function seedStaff() {
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  for (const person of STAFF) {
    const staff = await db.staffUser.upsert({
      where: { email: person.email },
      create: { email: person.email, name: person.name, role: person.role, passwordHash },
      update: {},
    });
    for (const postcode of person.offices ?? []) {
      await db.staffOffice.upsert({
        where: { staffId_officePostcode: { staffId: staff.id, officePostcode: postcode } },
        create: { staffId: staff.id, officePostcode: postcode },
        update: {},
      });
    }
  }
}

async function seedCases() {
  const topics = new Map((await db.topic.findMany({ select: { id: true, code: true } })).map((t) => [t.code, t.id]));
  const operator = await db.staffUser.findUniqueOrThrow({ where: { email: "operator@portal.example" } });
  const now = Date.now();
  for (const demo of CASES) {
    // Demo cases are recognised by their text, so a second seed adds none.
    const exists = await db.case.findFirst({ where: { text: demo.text }, select: { id: true } });
    if (exists) continue;
    const createdAt = new Date(now - demo.daysAgo * DAY);
    await db.$transaction(async (tx) => {
      const office = demo.officePostcode
        ? await tx.office.findUnique({
            where: { postcode: demo.officePostcode },
            select: { region: true, timeZone: true },
          })
        : null;
      // The deadlines filing would have given the case, by its rule and the production calendar.
      const rule = deadlineRuleFor({ type: demo.type, direction: demo.direction });
      const { registerBy, dueAt } = await termFor(
        { rule, from: createdAt, timeZone: office?.timeZone ?? "Europe/Moscow" },
        tx,
      );
      const member = demo.memberEmail
        ? await tx.member.findUniqueOrThrow({ where: { email: demo.memberEmail }, select: { id: true } })
        : null;
      const [lastName, firstName] = demo.applicantName.split(" ");
      await tx.case.create({
        data: {
          // The member's filing has its applicant, linked to the member; its status link is not kept anywhere.
          ...(member
            ? {
                applicants: {
                  create: {
                    isPrimary: true,
                    lastName,
                    firstName,
                    email: demo.applicantEmail,
                    statusTokenHash: newLinkToken().tokenHash,
                    consentPolicyVersion: PRIVACY_POLICY_VERSION,
                    consentAt: createdAt,
                    memberId: member.id,
                    createdAt,
                  },
                },
              }
            : {}),
          number: await allocateCaseNumber(tx, demo.type, createdAt),
          type: demo.type,
          status: demo.daysAgo > 3 ? "IN_PROGRESS" : "NEW",
          topicId: demo.topic ? topics.get(demo.topic) : undefined,
          applicantName: demo.applicantName,
          applicantEmail: demo.applicantEmail,
          officePostcode: office ? demo.officePostcode : undefined,
          region: office?.region,
          trackingNumber: demo.trackingNumber,
          text: demo.text,
          assigneeId: demo.daysAgo > 3 ? operator.id : undefined,
          deadlineRule: rule,
          registerBy,
          dueAt,
          ratingScore: demo.ratingScore,
          createdAt,
        },
      });
    });
  }
}

/** Canned replies staff start from; {placeholders} are filled per applicant when a reply is sent. */
const REPLY_TEMPLATES = [
  {
    code: "request-details",
    title: "Запрос дополнительных сведений",
    subject: "Нужны сведения по обращению {caseNumber}",
    body: "Здравствуйте, {name}!\n\nЧтобы рассмотреть ваше обращение {caseNumber}, нам нужны дополнительные сведения: уточните, пожалуйста, дату и время посещения отделения и, если сохранился, приложите чек.\n\nОтветьте на это письмо или добавьте сведения на странице обращения: {statusLink}\nПока мы ждём ответа, срок рассмотрения приостановлен.",
    // Sending it asks the customer a question: the case waits for them and its clock stops.
    nextStatus: "WAITING_FOR_CUSTOMER" as const,
  },
  {
    code: "complaint-answered",
    title: "Ответ на жалобу: меры приняты",
    subject: "Ответ по обращению {caseNumber}",
    body: "Здравствуйте, {name}!\n\nМы рассмотрели ваше обращение {caseNumber}. Факты подтвердились: с сотрудниками отделения проведена беседа, руководитель отделения взял ситуацию на контроль.\n\nПриносим извинения за доставленные неудобства. Оценить ответ можно на странице обращения: {statusLink}",
    nextStatus: "ANSWERED" as const,
  },
  {
    code: "search-started",
    title: "Розыск отправления начат",
    subject: "Розыск отправления {trackingNumber}: обращение {caseNumber}",
    body: "Здравствуйте, {name}!\n\nПо вашему заявлению {caseNumber} начат розыск отправления {trackingNumber}. Мы направили запросы в отделения по пути следования и сообщим результат не позднее {dueDate}.\n\nХод розыска: {statusLink}",
  },
];

async function main() {
  await ensureDatabaseUrl();
  const offices = await seedOffices();
  for (const [index, [code, nameRu, nameEn]] of TOPICS.entries()) {
    await db.topic.upsert({ where: { code }, create: { code, nameRu, nameEn, sortOrder: index }, update: {} });
  }
  for (const template of REPLY_TEMPLATES) {
    await db.replyTemplate.upsert({ where: { code: template.code }, create: template, update: {} });
  }
  await seedStaff();
  for (const member of MEMBERS) {
    const { serial, ...data } = member;
    await db.member.upsert({
      where: { email: member.email },
      create: { ...data, cardNumber: cardNumberFromSerial(serial), status: "ACTIVE", emailVerified: new Date() },
      update: {},
    });
  }
  await seedCases();
  await seedLoyalty();
  await seedSurveys();
  await seedEvents();
  const [staff, members, cases] = await Promise.all([db.staffUser.count(), db.member.count(), db.case.count()]);
  console.log(
    `Seeded ${offices} offices, ${TOPICS.length} topics, ${staff} staff, ${members} members, ${cases} cases.`,
  );
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
