import { beforeAll, describe, expect, it } from "vitest";

import { createTestMember } from "@/lib/loyalty/test-fixtures";

import { fileComplaint } from "./file-complaint";
import type { TFilingContext } from "./filing";
import { ZFileComplaint } from "./schemas";
import { findMemberCaseView, findStatusView } from "./status-view";
import { complaintFields } from "./test-fixtures";
import { seedFilingBasics } from "./test-support";

const web = (memberId?: string): TFilingContext => ({
  channel: "WEB",
  locale: "ru",
  ip: `203.0.113.${Math.floor(Math.random() * 250) + 1}`,
  memberId,
});

beforeAll(async () => {
  await seedFilingBasics();
});

describe("a member's own case in the account", () => {
  it("opens by its number with the status page's view and link, and another member's case number finds nothing", async () => {
    const [anna, boris] = await Promise.all([createTestMember(), createTestMember()]);
    const annas = await fileComplaint(ZFileComplaint.parse(complaintFields()), web(anna.id));
    const boriss = await fileComplaint(ZFileComplaint.parse(complaintFields()), web(boris.id));
    const anonymous = await fileComplaint(ZFileComplaint.parse(complaintFields()), web());

    const found = await findMemberCaseView(anna.id, annas.caseNumber);
    expect(found).not.toBeNull();
    const onStatusPage = await findStatusView(annas.statusToken!);
    expect(found!.view).toEqual(onStatusPage);
    // The forms and files of the page act through the applicant's own link.
    expect(found!.token).toBe(annas.statusToken);

    expect(await findMemberCaseView(anna.id, boriss.caseNumber)).toBeNull();
    expect(await findMemberCaseView(anna.id, anonymous.caseNumber)).toBeNull();
    expect(await findMemberCaseView(anna.id, "Ж-2026-999999")).toBeNull();
    expect(await findMemberCaseView(boris.id, boriss.caseNumber)).not.toBeNull();
  });
});
