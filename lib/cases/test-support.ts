// Rows the filing expects to find, for integration tests: their databases are migrated, not seeded. Each
// helper upserts, so every test file may call it whatever ran before.
import { db } from "@/lib/db";

import { createCase, type TNewCase } from "./create-case";

type TTestOffice = { postcode: string; name: string; region: string; contactEmail?: string };

/** The office complaintFields() files at. */
export const MOSCOW_OFFICE = { postcode: "101000", name: "Москва", region: "Москва" } as const;

/** An office of the directory; its head's address (contactEmail) is set only when given. */
export async function seedOffice({ contactEmail, ...office }: TTestOffice): Promise<void> {
  const contact = contactEmail ? { contactEmail } : {};
  await db.office.upsert({
    where: { postcode: office.postcode },
    create: { ...office, type: "О", ...contact },
    update: contact,
  });
}

/** An active topic, by its code; resolves with its id. */
export async function seedTopic(code: string, nameRu: string, nameEn: string): Promise<string> {
  const { id } = await db.topic.upsert({
    where: { code },
    create: { code, nameRu, nameEn },
    update: { isActive: true },
    select: { id: true },
  });
  return id;
}

/** What complaintFields() names: the Moscow office 101000 and the topic "queue". */
export async function seedFilingBasics(options: { officeContactEmail?: string } = {}): Promise<void> {
  await seedOffice({ ...MOSCOW_OFFICE, contactEmail: options.officeContactEmail });
  await seedTopic("queue", "Очередь", "Queue");
}

/** A web complaint created the way filing creates it (createCase), without the form in front of it. */
export function createTestCase(applicantEmail: string, fields: Partial<Omit<TNewCase, "applicant">> = {}) {
  return db.$transaction((tx) =>
    createCase(tx, {
      type: "COMPLAINT",
      channel: "WEB",
      rule: "APPEAL",
      text: "Посылка пришла вскрытой.",
      applicant: { lastName: "Петров", firstName: "Иван", email: applicantEmail, role: "APPLICANT", locale: "ru" },
      ...fields,
    }),
  );
}
