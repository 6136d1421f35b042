import { createHash, randomBytes, randomInt } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";

import { hashPassword } from "../../lib/auth/password";
import { cardNumberFromSerial } from "../../lib/loyalty/card-number";
import { e2eRun, sql } from "./database";

export type TStaffRole = "OPERATOR" | "SUPERVISOR" | "OFFICE_HEAD" | "ANALYST" | "ADMIN";

export const E2E_PASSWORD = "e2e пароль для теста";

function unique(prefix: string) {
  return `${prefix}-${randomBytes(5).toString("hex")}`;
}

/** A fresh member of the club, active, with a card. */
export async function createMember(firstName = "Тест") {
  const email = `${unique("member")}@member.example`;
  const cardNumber = cardNumberFromSerial(randomInt(1_000_000, 9_999_999_999));
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "Member" ("id", "email", "firstName", "lastName", "cardNumber", "status", "emailVerified", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'Тестова', $3, 'ACTIVE', now(), now()) RETURNING "id"`,
    [email, firstName, cardNumber],
  );
  return { id: row.id, email, cardNumber, firstName };
}

/** A fresh staff account with a password (and, for office heads, office 101000). */
export async function createStaff(role: TStaffRole, password = E2E_PASSWORD) {
  const email = `${unique(role.toLowerCase())}@staff.example`;
  // Distinct names, so a test can pick its own staff member from a list that others' tests fill too.
  const name = `Сотрудник ${role} ${email.slice(role.length + 1, role.length + 7)}`;
  const [row] = await sql<{ id: string }>(
    `INSERT INTO "StaffUser" ("id", "email", "name", "role", "passwordHash", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, now()) RETURNING "id"`,
    [email, name, role, await hashPassword(password)],
  );
  if (role === "OFFICE_HEAD") {
    await sql(`INSERT INTO "StaffOffice" ("staffId", "officePostcode") VALUES ($1, '101000')`, [row.id]);
  }
  return { id: row.id, email, name, password, role };
}

/**
 * Signs a staff member in through next-auth's credentials endpoint (not the form), leaving the session
 * cookie in the request context — and so in its browser context.
 */
export async function signInStaff(request: APIRequestContext, staff: { email: string; password: string }) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/staff", {
    form: { csrfToken, email: staff.email, password: staff.password, totp: "", json: "true" },
  });
  const { url } = await response.json();
  if (String(url).includes("error=")) throw new Error(`staff sign-in failed: ${url}`);
}

/**
 * Signs a member in through the emailed-link endpoint, with a link token written to the database the way
 * next-auth stores it (sha256 of token and secret), so no email round trip is needed.
 */
export async function signInMember(request: APIRequestContext, member: { email: string }) {
  const token = randomBytes(32).toString("hex");
  const hashed = createHash("sha256").update(`${token}${e2eRun().authSecret}`).digest("hex");
  await sql(
    `INSERT INTO "VerificationToken" ("identifier", "token", "expires") VALUES ($1, $2, now() + interval '10 minutes')`,
    [member.email, hashed],
  );
  const query = new URLSearchParams({ token, email: member.email, callbackUrl: "/account" });
  const response = await request.get(`/api/auth/callback/email?${query}`, { maxRedirects: 0 });
  if (!String(response.headers().location).endsWith("/account")) {
    throw new Error(`member sign-in failed: ${response.headers().location}`);
  }
}
