import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { inspectUploads } from "@/lib/attachments/inspect-uploads";
import { attachmentRowsFor, saveUploads } from "@/lib/attachments/save-uploads";
import { fileOf, minimalPdf, png1x1 } from "@/lib/attachments/test-fixtures";
import { newLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";

import { GET } from "./route";

const storageDir = await mkdtemp(path.join(tmpdir(), "attachment-route-test-"));
process.env.STORAGE_DRIVER = "local";
process.env.STORAGE_DIR = storageDir;

async function caseWithApplicant(): Promise<{ caseId: string; token: string }> {
  const { token, tokenHash } = newLinkToken();
  const created = await db.case.create({
    data: {
      number: `Р-2026-${tokenHash.slice(0, 8)}`,
      type: "CLAIM",
      applicantName: "Петров Пётр",
      applicantEmail: "petr@example.org",
      text: "Не доставлена посылка",
      dueAt: new Date(Date.now() + 30 * 86_400_000),
      applicants: {
        create: {
          isPrimary: true,
          lastName: "Петров",
          firstName: "Пётр",
          email: "petr@example.org",
          statusTokenHash: tokenHash,
          consentPolicyVersion: "test",
          consentAt: new Date(),
        },
      },
      // The filing's files hang on its FILED event: the primary applicant's own.
      events: { create: { kind: "FILED" } },
    },
  });
  return { caseId: created.id, token };
}

async function attach(caseId: string, file: File): Promise<{ id: string; storageKey: string }> {
  const inspected = await inspectUploads([file]);
  if (!inspected.ok) throw new Error("fixture refused");
  const stored = await saveUploads(inspected.files);
  const filed = await db.caseEvent.findFirstOrThrow({ where: { caseId, kind: "FILED" }, select: { id: true } });
  await db.attachment.createMany({ data: attachmentRowsFor(stored, caseId, filed.id) });
  return db.attachment.findUniqueOrThrow({
    where: { storageKey: stored[0].storageKey },
    select: { id: true, storageKey: true },
  });
}

function get(id: string, query = ""): Promise<Response> {
  const request = new NextRequest(`http://localhost:3000/api/attachments/${encodeURIComponent(id)}${query}`);
  return GET(request, { params: Promise.resolve({ id }) });
}

describe("GET /api/attachments/[id]", () => {
  let applicant: { caseId: string; token: string };
  let stranger: { caseId: string; token: string };
  let pdf: { id: string; storageKey: string };
  let png: { id: string; storageKey: string };

  beforeAll(async () => {
    applicant = await caseWithApplicant();
    stranger = await caseWithApplicant();
    pdf = await attach(applicant.caseId, fileOf(minimalPdf(), "Опись вложения (ф. 107).pdf"));
    png = await attach(applicant.caseId, fileOf(png1x1(), "photo.jpg", "image/jpeg"));
  });

  afterAll(async () => {
    await rm(storageDir, { recursive: true, force: true });
  });

  it("serves the file to its applicant with the stored type, a sandbox and no caching", async () => {
    const response = await get(pdf.id, `?token=${applicant.token}`);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(minimalPdf());
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Length")).toBe(String(minimalPdf().length));
    const disposition = response.headers.get("Content-Disposition")!;
    expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1])).toBe("Опись вложения (ф. 107).pdf");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("Content-Security-Policy")).toContain("sandbox");
  });

  it("serves a PNG uploaded as photo.jpg as the PNG it is", async () => {
    const response = await get(png.id, `?token=${applicant.token}&download=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="photo.png"; filename*=UTF-8''photo.png`,
    );
  });

  it.each([
    ["another case's token", () => `?token=${stranger.token}`],
    ["a token no one has", () => `?token=${newLinkToken().token}`],
    ["a malformed token", () => "?token=%27%20OR%201%3D1--"],
  ])("answers 404 to %s", async (_, query) => {
    const response = await get(pdf.id, query());
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    // The same answer as for an id no file has, so a guess tells nothing.
    const unknown = await get("0196a1c0-0000-7000-8000-000000000000", query());
    const { title, detail } = (await response.json()) as { title: string; detail: string };
    expect(await unknown.json()).toMatchObject({ status: 404, title, detail });
  });

  it("answers 404 for an id that does not exist or is not an id, even with a valid token", async () => {
    expect((await get("0196a1c0-0000-7000-8000-000000000000", `?token=${applicant.token}`)).status).toBe(404);
    expect((await get("..%2F..%2Fetc%2Fpasswd", `?token=${applicant.token}`)).status).toBe(404);
  });

  it("answers 404 when the row's file has gone from storage", async () => {
    const gone = await attach(applicant.caseId, fileOf(png1x1(), "lost.png"));
    await getStorage().delete(gone.storageKey);
    expect((await get(gone.id, `?token=${applicant.token}`)).status).toBe(404);
  });
});
