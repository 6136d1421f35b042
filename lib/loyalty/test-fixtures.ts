import { randomBytes, randomInt } from "node:crypto";

import { db } from "@/lib/db";

import { cardNumberFromSerial } from "./card-number";

/** A club member with a fresh card number, for tests. */
export async function createTestMember() {
  return db.member.create({
    data: {
      email: `member-${randomBytes(5).toString("hex")}@mail.example`,
      firstName: "Мария",
      lastName: "Иванова",
      cardNumber: cardNumberFromSerial(randomInt(1, 2 ** 47) % 9_999_999_999),
      status: "ACTIVE",
    },
    select: { id: true, cardNumber: true },
  });
}

/** The membership questionnaire a test member joined with, in `locale`: what the portal writes to them in. */
export async function addTestApplication(memberId: string, locale: "ru" | "en") {
  const { email, firstName, lastName } = await db.member.findUniqueOrThrow({
    where: { id: memberId },
    select: { email: true, firstName: true, lastName: true },
  });
  await db.membershipApplication.create({
    data: {
      email,
      firstName,
      lastName,
      ageBand: "AGE_35_44",
      usageFrequency: "MONTHLY",
      services: [],
      interests: [],
      isReadyToInteract: true,
      dataConsentVersion: "test",
      dataConsentAt: new Date(),
      locale,
      memberId,
    },
  });
}

/** A category code no other test uses, so rules made for one test never apply to another. */
export const uniqueCategory = (name: string) => `${name}-${randomBytes(4).toString("hex")}`;

export async function createRule(data: {
  kind: "PURCHASE" | "ACTIVITY";
  subject: string;
  pointsPer100Rub?: number;
  fixedPoints?: number;
  dailyLimit?: number;
  monthlyLimit?: number;
  expiryMonths?: number;
}) {
  return db.pointsRule.create({ data: { code: `test-${randomBytes(6).toString("hex")}`, ...data } });
}
