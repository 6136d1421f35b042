import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { fileComplaint } from "./file-complaint";
import { ZFileComplaint } from "./schemas";
import { findStatusView } from "./status-view";
import { complaintFields } from "./test-fixtures";
import { seedFilingBasics } from "./test-support";

beforeAll(async () => {
  await seedFilingBasics();
});

const web = () => ({ channel: "WEB" as const, locale: "ru" as const, ip: "203.0.113.7" });

describe("the status view, read in one statement", () => {
  it("carries the case's moments as the stored instants, its office's zone, topic and history in order", async () => {
    const filed = await fileComplaint(ZFileComplaint.parse(complaintFields({ firstName: "Ольга" })), web());
    const stored = await db.case.findUniqueOrThrow({
      where: { number: filed.caseNumber },
      select: {
        id: true,
        createdAt: true,
        dueAt: true,
        office: { select: { timeZone: true } },
        events: { where: { isPublic: true }, select: { id: true, createdAt: true } },
      },
    });
    // A later public entry, one moment after the filing: the history reads oldest first.
    const later = await db.caseEvent.create({
      data: {
        caseId: stored.id,
        kind: "PUBLIC_REPLY",
        isPublic: true,
        staffId: crypto.randomUUID(),
        body: "Ответ",
        createdAt: new Date(stored.createdAt.getTime() + 60_000),
      },
    });

    const view = (await findStatusView(filed.statusToken!))!;
    expect(view.caseId).toBe(stored.id);
    expect(view.firstName).toBe("Ольга");
    expect(view.createdAt).toBeInstanceOf(Date);
    expect(view.createdAt.toISOString()).toBe(stored.createdAt.toISOString());
    expect(view.dueAt?.toISOString()).toBe(stored.dueAt?.toISOString());
    expect(view.timeZone).toBe(stored.office!.timeZone);
    expect(view.office).toEqual({ postcode: "101000", name: expect.any(String) });
    expect(view.topic).toEqual({ nameRu: "Очередь", nameEn: "Queue" });
    expect(view.events.map((event) => [event.id, event.kind])).toEqual([
      [stored.events[0].id, "FILED"],
      [later.id, "PUBLIC_REPLY"],
    ]);
    expect(view.events[0].createdAt).toBeInstanceOf(Date);
    expect(view.events.map((event) => event.createdAt.toISOString())).toEqual([
      stored.events[0].createdAt.toISOString(),
      later.createdAt.toISOString(),
    ]);
    expect(view.events[1]).toMatchObject({ body: "Ответ", attachments: [], isOwn: false });
  });
});
