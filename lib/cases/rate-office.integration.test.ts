import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import type { TFilingContext } from "./filing";
import { rateOffice, RATING_REPEAT_WINDOW_MINUTES } from "./rate-office";
import { ZRateOffice } from "./schemas";
import { seedOffice } from "./test-support";

// An office of these tests' own, so the ratings counted are theirs.
const OFFICE = { postcode: "190031", name: "Санкт-Петербург 190031", region: "Санкт-Петербург" };
const OTHER_OFFICE = { postcode: "190032", name: "Санкт-Петербург 190032", region: "Санкт-Петербург" };

const web = (): TFilingContext => ({
  channel: "WEB",
  locale: "ru",
  ip: `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
});
const rating = (fields: Record<string, unknown>) => ZRateOffice.parse({ officePostcode: OFFICE.postcode, ...fields });

/** The office's ratings filed by these tests, by a comment tag of each test's own. */
function ratingsTagged(tag: string) {
  return db.case.findMany({
    where: { type: "RATING", text: { contains: tag } },
    select: { number: true, ratingScore: true, ratingSubject: true, text: true, applicantName: true },
  });
}

beforeAll(async () => {
  await seedOffice(OFFICE);
  await seedOffice(OTHER_OFFICE);
});

describe("rating the same office again from the same browser", () => {
  it("within the window corrects the first rating: one case, with the second's score and comment", async () => {
    const tag = randomBytes(4).toString("hex");
    const first = await rateOffice(rating({ score: 2, comment: `Долго ждала ${tag}` }), web());
    expect(first).toMatchObject({ isNew: true, isUpdate: false });

    const second = await rateOffice(
      rating({ score: 4, subject: "окно 3", comment: `Простите, ошиблась: всё хорошо ${tag}`, name: "Анна Петрова" }),
      web(),
      { earlierTokens: ["not-a-token-of-any-rating-x", first.statusToken!] },
    );
    expect(second).toMatchObject({ caseNumber: first.caseNumber, statusToken: first.statusToken, isUpdate: true });
    expect(await ratingsTagged(tag)).toEqual([
      {
        number: first.caseNumber,
        ratingScore: 4,
        ratingSubject: "окно 3",
        text: `Простите, ошиблась: всё хорошо ${tag}`,
        applicantName: "Анна Петрова",
      },
    ]);
    const applicant = await db.caseApplicant.findFirstOrThrow({ where: { case: { number: first.caseNumber } } });
    expect(applicant).toMatchObject({ lastName: "Анна", firstName: "Петрова" });
  });

  it("after the window, of another office, without the browser's token or once staff took it up, files a new case", async () => {
    const tag = randomBytes(4).toString("hex");
    const first = await rateOffice(rating({ score: 1, comment: `Первая ${tag}` }), web());
    const tokens = [first.statusToken!];

    // Another browser (no token): a case of its own.
    const stranger = await rateOffice(rating({ score: 5, comment: `Другой человек ${tag}` }), web());
    // The same browser, another office: a case of its own.
    const elsewhere = await rateOffice(
      rating({ officePostcode: OTHER_OFFICE.postcode, score: 3, comment: `Другое отделение ${tag}` }),
      web(),
      { earlierTokens: tokens },
    );
    // The same browser and office, after the window.
    await db.case.update({
      where: { number: first.caseNumber },
      data: { createdAt: new Date(Date.now() - (RATING_REPEAT_WINDOW_MINUTES + 1) * 60_000) },
    });
    const later = await rateOffice(rating({ score: 3, comment: `Через час ${tag}` }), web(), {
      earlierTokens: tokens,
    });
    // Within the window, but staff have taken the first up.
    await db.case.update({ where: { number: later.caseNumber }, data: { status: "IN_PROGRESS" } });
    const afterStaff = await rateOffice(rating({ score: 4, comment: `Ещё раз ${tag}` }), web(), {
      earlierTokens: [later.statusToken!],
    });

    for (const filed of [stranger, elsewhere, later, afterStaff]) expect(filed.isUpdate).toBe(false);
    const numbers = new Set([first, stranger, elsewhere, later, afterStaff].map((filed) => filed.caseNumber));
    expect(numbers.size).toBe(5);
    expect(await ratingsTagged(tag)).toHaveLength(5);
    expect(await db.case.findUniqueOrThrow({ where: { number: first.caseNumber } })).toMatchObject({
      ratingScore: 1,
      text: `Первая ${tag}`,
    });
  });
});
