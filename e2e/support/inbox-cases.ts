import { randomInt } from "node:crypto";

import { sql } from "./database";

const HOUR = 3_600_000;

/** An office of the test's own, so the cases other tests file never show up in its filter. */
export async function createOffice(): Promise<string> {
  const postcode = String(randomInt(900_000, 999_999));
  await sql(
    `INSERT INTO "Office" ("postcode", "name", "type", "region", "updatedAt") VALUES ($1, $2, 'ОПС', 'Тестовый край', now())
     ON CONFLICT DO NOTHING`,
    [postcode, `Отделение ${postcode}`],
  );
  return postcode;
}

/** A case written straight to the database, as another instance of the app would file it; returns its number. */
export async function createCase(fields: {
  type: "CLAIM" | "COMPLAINT";
  office: string;
  dueInHours: number;
  status?: string;
}): Promise<string> {
  const number = `${fields.type === "CLAIM" ? "Р" : "Ж"}-2032-${String(randomInt(100_000, 999_999))}`;
  await sql(
    `INSERT INTO "Case" ("id", "number", "type", "status", "applicantName", "applicantEmail", "text", "officePostcode", "region",
       "dueAt", "createdAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'Иванова Мария', 'maria@mail.example', 'Посылка не пришла', $4, 'Тестовый край',
       now() + make_interval(secs => $5::float8 / 1000), now(), now())`,
    [number, fields.type, fields.status ?? "REGISTERED", fields.office, fields.dueInHours * HOUR],
  );
  return number;
}
