import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { db } from "@/lib/db";
import { inRequest } from "@/lib/fuzz/request-scope";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { freePort } from "@/lib/net/free-port";

import { defineAction } from "./define-action";

vi.mock("next/headers", async () => {
  const scope = await import("@/lib/fuzz/request-scope");
  return { headers: scope.requestHeaders, cookies: scope.requestCookies };
});
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));

const UNAVAILABLE_RU = "Сервис временно недоступен. Попробуйте ещё раз через минуту — введённое не пропадёт.";

/** Clients of this file's own, closed after it. */
const clients: PrismaClient[] = [];
const clientOf = (connectionString: string) => {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString, connectionTimeoutMillis: 2000 }) });
  clients.push(client);
  return client;
};

afterAll(async () => {
  await Promise.all(clients.map((client) => client.$disconnect().catch(() => undefined)));
});

/** An action that anyone may call with a note, running `run` as its one domain function. */
const actionRunning = (run: (note: string) => Promise<string>) =>
  defineAction({
    name: "test.note",
    schema: z.object({ note: z.string().min(1) }),
    authorize: async () => null,
    run: ({ note }) => run(note),
  });

describe("a server action whose database is away, with the real driver's errors", () => {
  it("answers UNAVAILABLE in the user's language when nothing listens where the database should be", async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.port = String(await freePort());
    const away = clientOf(url.toString());
    const action = actionRunning(async (note) => (await away.topic.findFirst({ where: { code: note } }))?.code ?? "");

    const result = await inRequest("10.9.0.1", () => action({ note: "queue" }));

    expect(result).toEqual({ ok: false, code: "UNAVAILABLE", message: UNAVAILABLE_RU });
  });

  it("answers UNAVAILABLE when the server drops the connection in the middle of the action, and its write is not there", async () => {
    const live = clientOf(process.env.DATABASE_URL!);
    const code = `gone-${randomBytes(4).toString("hex")}`;
    const action = actionRunning((note) =>
      live.$transaction(
        async (tx) => {
          await tx.topic.create({ data: { code: note, nameRu: "Пропадёт", nameEn: "Gone" } });
          const [{ pid }] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          // Another session ends this one, as a restart or failover would, while it waits. (A Prisma query
          // runs when awaited or then-ed, hence the catch.)
          setTimeout(() => db.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`.catch(() => undefined), 200);
          await tx.$queryRaw`SELECT pg_sleep(10)`;
          return note;
        },
        { timeout: 20_000 },
      ),
    );

    const result = await inRequest("10.9.0.2", () => action({ note: code }));

    expect(result).toEqual({ ok: false, code: "UNAVAILABLE", message: UNAVAILABLE_RU });
    expect(await db.topic.findUnique({ where: { code } })).toBeNull();
  });

  it("answers FAILED with the request's id, not UNAVAILABLE, for an error that retrying would not cure", async () => {
    const code = `twice-${randomBytes(4).toString("hex")}`;
    const action = actionRunning(async (note) => {
      await db.topic.create({ data: { code: note, nameRu: "Дважды", nameEn: "Twice" } });
      await db.topic.create({ data: { code: note, nameRu: "Дважды", nameEn: "Twice" } });
      return note;
    });

    const result = await inRequest("10.9.0.3", () => action({ note: code }));

    expect(result).toMatchObject({ ok: false, code: "FAILED" });
    expect(result.ok === false && result.message).toContain("fuzz-10.9.0.3");
    await db.topic.delete({ where: { code } });
  });
});
