import { beforeAll, describe, expect, it } from "vitest";

import { fileClaim } from "@/lib/cases/file-claim";
import { fileComplaint } from "@/lib/cases/file-complaint";
import type { TFilingContext } from "@/lib/cases/filing";
import { rateOffice } from "@/lib/cases/rate-office";
import { reportQueue } from "@/lib/cases/report-queue";
import { ZFileClaim, ZFileComplaint, ZRateOffice, ZReportQueue } from "@/lib/cases/schemas";
import { findStatusView } from "@/lib/cases/status-view";
import { claimFields, complaintFields, randomS10 } from "@/lib/cases/test-fixtures";
import { MOSCOW_OFFICE, seedFilingBasics } from "@/lib/cases/test-support";
import { db } from "@/lib/db";
import { createTestMember } from "@/lib/loyalty/test-fixtures";
import { exportMemberData } from "@/lib/privacy/export-member-data";

import { memberAccount } from "./account";

const OFFICE = MOSCOW_OFFICE.postcode;

const web = (overrides: Partial<TFilingContext> = {}): TFilingContext => ({
  channel: "WEB",
  locale: "ru",
  ip: `203.0.113.${Math.floor(Math.random() * 250) + 1}`,
  ...overrides,
});

async function member() {
  const { id } = await createTestMember();
  const { email } = await db.member.findUniqueOrThrow({ where: { id }, select: { email: true } });
  return { id, email };
}

/** The case numbers the member's account lists and their data export holds. */
async function seenBy(memberId: string) {
  const [account, exported] = await Promise.all([memberAccount(memberId), exportMemberData(memberId)]);
  return {
    account: account.cases.map((item) => item.number).sort(),
    exported: exported.cases.map((item) => item.case.number).sort(),
  };
}

beforeAll(async () => {
  await seedFilingBasics();
});

describe("a member's cases", () => {
  it("a complaint a stranger filed with the member's address is neither in their account nor in their export", async () => {
    const { id, email } = await member();
    const stranger = await fileComplaint(
      ZFileComplaint.parse(complaintFields({ email, lastName: "Чужой", phone: "+7 900 111-22-33" })),
      web(),
    );
    expect(stranger.isNew).toBe(true);

    const seen = await seenBy(id);
    expect(seen).toEqual({ account: [], exported: [] });
    expect(JSON.stringify(await exportMemberData(id))).not.toContain("Чужой");
  });

  it("a complaint, claim, rating and queue report filed while signed in are", async () => {
    const { id, email } = await member();
    const signedIn = web({ memberId: id });
    const filed = await Promise.all([
      fileComplaint(ZFileComplaint.parse(complaintFields({ email })), signedIn),
      fileClaim(ZFileClaim.parse(claimFields({ email, trackingNumber: randomS10() })), signedIn),
      rateOffice(ZRateOffice.parse({ officePostcode: OFFICE, score: 5, comment: "Быстро и вежливо" }), signedIn),
      reportQueue(ZReportQueue.parse({ officePostcode: OFFICE }), signedIn),
    ]);

    const numbers = filed.map((item) => item.caseNumber).sort();
    expect(await seenBy(id)).toEqual({ account: numbers, exported: numbers });
  });

  it("a claim joined while signed in is, and only with the member's own applicant data", async () => {
    const { id, email } = await member();
    const trackingNumber = randomS10();
    await fileClaim(
      ZFileClaim.parse(claimFields({ trackingNumber, lastName: "Отправитель", filerRole: "SENDER" })),
      web(),
    );
    const joined = await fileClaim(
      ZFileClaim.parse(claimFields({ email, trackingNumber, filerRole: "ADDRESSEE" })),
      web({ memberId: id }),
    );
    expect(joined.isJoined).toBe(true);

    expect(await seenBy(id)).toEqual({ account: [joined.caseNumber], exported: [joined.caseNumber] });
    expect(JSON.stringify(await exportMemberData(id))).not.toContain("Отправитель");
  });

  it("opening the status link of a filing to the member's mailbox while signed in adds it; another address's link does not", async () => {
    const { id, email } = await member();
    const theirs = await fileComplaint(
      ZFileComplaint.parse(complaintFields({ email: email.replace("@", "+portal@").toUpperCase() })),
      web(),
    );
    const someoneElses = await fileComplaint(ZFileComplaint.parse(complaintFields()), web());

    expect(await findStatusView(theirs.statusToken!)).not.toBeNull();
    expect(await seenBy(id)).toEqual({ account: [], exported: [] });

    await findStatusView(theirs.statusToken!, { memberId: id, email });
    await findStatusView(someoneElses.statusToken!, { memberId: id, email });
    expect(await seenBy(id)).toEqual({ account: [theirs.caseNumber], exported: [theirs.caseNumber] });
  });

  it("a filing another member made stays theirs, whoever opens its link", async () => {
    const filer = await member();
    const other = await member();
    const filed = await fileComplaint(
      ZFileComplaint.parse(complaintFields({ email: other.email })),
      web({ memberId: filer.id }),
    );

    await findStatusView(filed.statusToken!, { memberId: other.id, email: other.email });
    expect((await seenBy(filer.id)).account).toEqual([filed.caseNumber]);
    expect((await seenBy(other.id)).account).toEqual([]);
  });
});
