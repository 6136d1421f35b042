import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { cardNumberFromSerial } from "@/lib/loyalty/card-number";

import { searchMembers } from "./search-members";

async function member(firstName: string, lastName: string) {
  const tag = randomBytes(4).toString("hex");
  return db.member.create({
    data: {
      email: `${tag}@search.example`,
      firstName,
      lastName,
      cardNumber: cardNumberFromSerial(Number.parseInt(tag, 16) + 1_000_000_000),
      status: "ACTIVE",
    },
    select: { id: true, email: true, cardNumber: true },
  });
}

describe("searching members", () => {
  it("finds by name words in any order and case, by email, and by the card number as printed", async () => {
    const surname = `Вересаева${randomBytes(3).toString("hex")}`;
    const anna = await member("Анна", surname);
    const other = await member("Ольга", surname);

    const byName = await searchMembers({ q: `${surname.toUpperCase()} анна`, page: 1 });
    expect(byName.rows.map((row) => row.id)).toEqual([anna.id]);
    expect((await searchMembers({ q: surname, page: 1 })).total).toBe(2);
    expect((await searchMembers({ q: anna.email, page: 1 })).rows.map((row) => row.id)).toEqual([anna.id]);
    const printed = other.cardNumber.replace(/^(\d)(\d{4})(\d{4})(\d{4})$/, "$1 $2 $3 $4");
    expect((await searchMembers({ q: printed, page: 1 })).rows.map((row) => row.id)).toEqual([other.id]);
  });

  it("pages 25 at a time and says how many pages there are", async () => {
    const surname = `Страницына${randomBytes(3).toString("hex")}`;
    for (let i = 0; i < 27; i++) await member(`Имя${i}`, surname);
    const first = await searchMembers({ q: surname, page: 1 });
    const second = await searchMembers({ q: surname, page: 2 });
    expect([first.rows.length, second.rows.length, first.total, first.pageCount]).toEqual([25, 2, 27, 2]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(27);
  });
});
