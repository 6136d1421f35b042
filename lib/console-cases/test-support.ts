// Fixtures of the console-cases integration tests: staff members of each role and cases filed the way the
// public forms file them.
import { randomBytes } from "node:crypto";

import type { TStaffUser } from "@/lib/auth/current-user";
import { fileClaim } from "@/lib/cases/file-claim";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { ZFileClaim, ZFileComplaint } from "@/lib/cases/schemas";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const email = (prefix = "applicant") => `${prefix}-${randomBytes(4).toString("hex")}@mail.example`;

export async function seedOffices() {
  for (const [postcode, name, region] of [
    ["101000", "Москва", "Москва"],
    ["190000", "Санкт-Петербург", "Санкт-Петербург"],
  ]) {
    await db.office.upsert({ where: { postcode }, create: { postcode, name, type: "О", region }, update: {} });
  }
  await db.topic.upsert({ where: { code: "queue" }, create: { code: "queue", nameRu: "Очередь", nameEn: "Queue" }, update: {} });
}

export async function staff(role: StaffRole, officePostcodes: string[] = []): Promise<TStaffUser> {
  const row = await db.staffUser.create({
    data: {
      email: email(role.toLowerCase()),
      name: `${role} ${randomBytes(2).toString("hex")}`,
      role,
      offices: { create: officePostcodes.map((officePostcode) => ({ officePostcode })) },
    },
  });
  return { kind: "staff", id: row.id, email: row.email, name: row.name, role, officePostcodes, hasTotp: false };
}

const web = () => ({ channel: "WEB" as const, locale: "ru" as const, ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}` });

export async function complaint(overrides: Record<string, unknown> = {}) {
  const input = ZFileComplaint.parse({
    lastName: "Смирнов",
    firstName: "Алексей",
    email: email(),
    topic: "queue",
    officePostcode: "101000",
    text: "В отделении работало одно окно из четырёх.",
    consent: true,
    ...overrides,
  });
  const filed = await fileComplaint(input, web());
  const row = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber } });
  return { ...row, token: filed.statusToken!, email: input.email };
}

/** A valid S10 number with a fresh serial. */
export function s10(): string {
  const serial = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  const sum = [8, 6, 4, 2, 3, 5, 9, 7].reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return `RB${serial}${check === 10 ? 0 : check === 11 ? 5 : check}GB`;
}

export async function claim(trackingNumber: string, overrides: Record<string, unknown> = {}) {
  const input = ZFileClaim.parse({
    lastName: "Попов",
    firstName: "Дмитрий",
    email: email(),
    filerRole: "ADDRESSEE",
    direction: "DOMESTIC",
    trackingNumber,
    itemType: "PARCEL",
    itemCategory: "REGISTERED",
    acceptedOn: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
    senderName: "Иванов И.",
    senderAddress: "Москва, ул. Тверская, 1",
    addresseeName: "Попов Д.",
    addresseeAddress: "Санкт-Петербург, Невский пр., 1",
    problem: "NOT_DELIVERED",
    wish: "SEARCH_ONLY",
    consent: true,
    ...overrides,
  });
  const filed = await fileClaim(input, web());
  const row = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber } });
  return { ...row, token: filed.statusToken!, email: input.email };
}
