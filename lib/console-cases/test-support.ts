// Fixtures of the console-cases integration tests: staff members of each role and cases filed the way the
// public forms file them.
import { randomBytes } from "node:crypto";

import type { TStaffUser } from "@/lib/auth/current-user";
import { fileClaim } from "@/lib/cases/file-claim";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { ZFileClaim, ZFileComplaint } from "@/lib/cases/schemas";
import { claimFields, complaintFields, testEmail as email } from "@/lib/cases/test-fixtures";
import { seedFilingBasics, seedOffice } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export { testEmail as email } from "@/lib/cases/test-fixtures";

/** The filings' office and topic, and a second office (190000) for the tests of access by office. */
export async function seedOffices() {
  await seedFilingBasics();
  await seedOffice({ postcode: "190000", name: "Санкт-Петербург", region: "Санкт-Петербург" });
}

/** Where the console's tests work: the offices and topic of the filings, with an operator and a supervisor. */
export async function seedDesk(): Promise<{ operator: TStaffUser; supervisor: TStaffUser }> {
  await seedOffices();
  return { operator: await staff("OPERATOR"), supervisor: await staff("SUPERVISOR") };
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

const web = () => ({
  channel: "WEB" as const,
  locale: "ru" as const,
  ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
});

export async function complaint(overrides: Record<string, unknown> = {}) {
  const input = ZFileComplaint.parse(complaintFields({ email: email(), ...overrides }));
  const filed = await fileComplaint(input, web());
  const row = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber } });
  return { ...row, token: filed.statusToken!, email: input.email };
}

export { randomS10 as s10 } from "@/lib/cases/test-fixtures";

export async function claim(trackingNumber: string, overrides: Record<string, unknown> = {}) {
  const input = ZFileClaim.parse(
    claimFields({
      email: email(),
      direction: "DOMESTIC",
      trackingNumber,
      senderName: "Иванов И.",
      senderAddress: "Москва, ул. Тверская, 1",
      ...overrides,
    }),
  );
  const filed = await fileClaim(input, web());
  const row = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber } });
  return { ...row, token: filed.statusToken!, email: input.email };
}
