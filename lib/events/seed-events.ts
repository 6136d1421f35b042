import { rolesWith } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** The demo event's fixed id, so the seed can run again and tests can open its console page. */
export const DEMO_EVENT_ID = "019a0000-0000-7000-8000-0000000000e1";
export const DEMO_IDEA_ID = "019a0000-0000-7000-8000-0000000000e2";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A published club meeting in Moscow two weeks after the seed (on the public list, open to every member) and
 * a proposal with an answer. Nobody is registered, so seeding sends no mail.
 */
export async function seedEvents(now = new Date()): Promise<void> {
  const author = await db.staffUser.findFirst({
    where: { role: { in: rolesWith("event.manage") } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (!author) return;
  if (!(await db.clubEvent.findUnique({ where: { id: DEMO_EVENT_ID }, select: { id: true } }))) {
    // 18:00 Moscow time (15:00 UTC), two weeks ahead.
    const day = new Date(now.getTime() + 14 * DAY_MS);
    const startsAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 15, 0));
    await db.clubEvent.create({
      data: {
        id: DEMO_EVENT_ID,
        kind: "MEETING",
        status: "PUBLISHED",
        title: "Собрание Клуба: как сделать отделения удобнее",
        description: "Расскажите, что мешает в отделениях, и обсудим с руководителями, что изменить в первую очередь.",
        city: "Москва",
        address: "ул. Мясницкая, д. 26, конференц-зал",
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
        capacity: 30,
        publishedAt: now,
        createdById: author.id,
      },
    });
  }
  if (!(await db.idea.findUnique({ where: { id: DEMO_IDEA_ID }, select: { id: true } }))) {
    await db.idea.create({
      data: {
        id: DEMO_IDEA_ID,
        area: "OFFICES",
        title: "Электронная очередь с записью на время",
        body: "Хотелось бы записываться в отделение на конкретное время через сайт, чтобы не стоять в очереди.",
        status: "UNDER_REVIEW",
        publicAnswer: "Спасибо! Проверяем, в каких отделениях можно начать.",
        answeredAt: now,
        answeredById: author.id,
      },
    });
  }
}
