import { randomBytes } from "node:crypto";
import type { JobHelpers } from "graphile-worker";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { createCronItems } from "@/lib/jobs/cron-items";
import { createTaskList } from "@/lib/jobs/task-list";
import { createTestMember } from "@/lib/loyalty/test-fixtures";
import { SECURITY_EVENT_DAYS } from "@/lib/security/security-events";

import { PURGE_EXPIRED_DATA_TASK } from "./privacy-tasks";

const DAY = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);
const later = (ms: number) => new Date(Date.now() + ms);
const tag = () => randomBytes(6).toString("hex");

/** The scheduled task as a worker runs it; the purge uses none of graphile-worker's helpers. */
async function runScheduledPurge(): Promise<void> {
  const task = createTaskList()[PURGE_EXPIRED_DATA_TASK];
  if (!task) throw new Error(`no task ${PURGE_EXPIRED_DATA_TASK} in the worker's task list`);
  await task({}, {} as JobHelpers);
}

async function rowsOf() {
  const { id: memberId } = await createTestMember();
  const keys = { ended: `purge-test:${tag()}`, live: `purge-test:${tag()}` };
  await db.rateLimitBucket.createMany({
    data: [
      { key: keys.ended, count: 3, windowStartedAt: ago(3 * DAY) },
      { key: keys.live, count: 1, windowStartedAt: ago(60_000) },
    ],
  });
  const tokens = { expired: tag(), live: tag() };
  await db.verificationToken.createMany({
    data: [
      { identifier: "purge@mail.example", token: tokens.expired, expires: ago(60_000) },
      { identifier: "purge@mail.example", token: tokens.live, expires: later(10 * 60_000) },
    ],
  });
  const [ended, expired, live] = await Promise.all([
    db.authSession.create({ data: { memberId, expiresAt: later(DAY), endedAt: ago(60_000) } }),
    db.authSession.create({ data: { memberId, expiresAt: ago(60_000) } }),
    db.authSession.create({ data: { memberId, expiresAt: later(DAY) } }),
  ]);
  const [old, recent] = await Promise.all([
    db.securityEvent.create({ data: { kind: "SIGN_IN", memberId, createdAt: ago((SECURITY_EVENT_DAYS + 1) * DAY) } }),
    db.securityEvent.create({ data: { kind: "SIGN_IN", memberId, createdAt: ago(DAY) } }),
  ]);
  return {
    keys,
    tokens,
    sessions: { ended: ended.id, expired: expired.id, live: live.id },
    events: { old: old.id, recent: recent.id },
  };
}

describe("the daily purge of expired data", () => {
  it("is scheduled once a day among the recurring jobs, with its task in the worker's task list", () => {
    const item = createCronItems().find((cron) => cron.task === PURGE_EXPIRED_DATA_TASK);
    expect(item).toBeDefined();
    expect(item!.identifier).toBe(PURGE_EXPIRED_DATA_TASK);
    expect(item!.match({ min: 15, hour: 1, date: 4, month: 12, dow: 5 })).toBe(true);
    expect(item!.match({ min: 15, hour: 13, date: 4, month: 12, dow: 5 })).toBe(false);
    expect(createTaskList()[PURGE_EXPIRED_DATA_TASK]).toBeTypeOf("function");
  });

  it("removes ended rate-limit windows, expired sign-in links, ended and expired sessions and old security events, and keeps live ones", async () => {
    const rows = await rowsOf();
    await runScheduledPurge();

    expect(await db.rateLimitBucket.findUnique({ where: { key: rows.keys.ended } })).toBeNull();
    expect(await db.rateLimitBucket.findUnique({ where: { key: rows.keys.live } })).not.toBeNull();
    expect(await db.verificationToken.findUnique({ where: { token: rows.tokens.expired } })).toBeNull();
    expect(await db.verificationToken.findUnique({ where: { token: rows.tokens.live } })).not.toBeNull();
    const sessions = await db.authSession.findMany({
      where: { id: { in: Object.values(rows.sessions) } },
      select: { id: true },
    });
    expect(sessions.map((session) => session.id)).toEqual([rows.sessions.live]);
    const events = await db.securityEvent.findMany({
      where: { id: { in: Object.values(rows.events) } },
      select: { id: true },
    });
    expect(events.map((event) => event.id)).toEqual([rows.events.recent]);
  });

  it("run again, changes nothing more", async () => {
    const rows = await rowsOf();
    await runScheduledPurge();
    await runScheduledPurge();
    expect(await db.rateLimitBucket.findUnique({ where: { key: rows.keys.live } })).not.toBeNull();
    expect(await db.verificationToken.findUnique({ where: { token: rows.tokens.live } })).not.toBeNull();
    expect(await db.authSession.findUnique({ where: { id: rows.sessions.live } })).not.toBeNull();
    expect(await db.securityEvent.findUnique({ where: { id: rows.events.recent } })).not.toBeNull();
  });
});
