// Inputs for tests of filing (integration and end to end): valid by default, overridable field by field.
import { randomBytes } from "node:crypto";

/** A fresh address, so each test's mail and limits are its own. */
export function testEmail(prefix = "applicant"): string {
  return `${prefix}-${randomBytes(4).toString("hex")}@mail.example`;
}

/** A valid UPU S10 number with a fresh serial (check digit by the UPU rule), so each claim opens its own case. */
export function randomS10(): string {
  const serial = String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
  const sum = [8, 6, 4, 2, 3, 5, 9, 7].reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
  const check = 11 - (sum % 11);
  return `RB${serial}${check === 10 ? 0 : check === 11 ? 5 : check}GB`;
}

/** A complaint as the form sends it: office 101000, topic "queue". */
export function complaintFields(overrides: Record<string, unknown> = {}) {
  return {
    lastName: "Смирнов",
    firstName: "Алексей",
    email: testEmail(),
    topic: "queue",
    officePostcode: "101000",
    text: "В отделении работало одно окно из четырёх.",
    consent: true,
    ...overrides,
  };
}

/** An international search claim sent 20 days ago, with a fresh tracking number. */
export function claimFields(overrides: Record<string, unknown> = {}) {
  return {
    lastName: "Попов",
    firstName: "Дмитрий",
    email: testEmail(),
    filerRole: "ADDRESSEE",
    direction: "INTERNATIONAL",
    trackingNumber: randomS10(),
    itemType: "PARCEL",
    itemCategory: "REGISTERED",
    acceptedOn: new Date(Date.now() - 20 * 86_400_000).toISOString().slice(0, 10),
    senderName: "John Smith",
    senderAddress: "1 High Street, London",
    addresseeName: "Попов Д.",
    addresseeAddress: "Санкт-Петербург, Невский пр., 1",
    problem: "NOT_DELIVERED",
    wish: "SEARCH_ONLY",
    consent: true,
    ...overrides,
  };
}
