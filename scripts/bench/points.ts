/**
 * `npm run bench:points [-- --count=20000]`: purchases posted for points under load, against a throwaway
 * database (never the portal's own). The route handler of POST /api/v1/loyalty/purchases is called in
 * process (API key check, rate limit, validation, the member's row lock, the ledger entry, the balance)
 * with 16 requests in flight; the baseline, in the same run and through the same Prisma client, is a bare
 * handler that parses the same body and does one plain INSERT of the purchase.
 *
 * Each API key may make 300 requests a minute, so the purchases are spread over enough keys that the
 * limit is checked on every request but never reached.
 */
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

import { NextRequest } from "next/server";

// The route's frame imports next/navigation (for the request id header), which needs React's client build,
// so this runs without the react-server condition; "server-only" then refuses to load outside a server
// component, as it should in a browser bundle. Stub it, as the integration tests do (vitest.config.ts).
const require = createRequire(__filename);
require.cache[require.resolve("server-only")] = { exports: {} } as NodeJS.Module;
// Issuing hundreds of keys would log each one.
process.env.LOG_LEVEL ??= "warn";

const count = Number(process.argv.find((arg) => arg.startsWith("--count="))?.slice(8) ?? 100_000);
const CONCURRENCY = 16;
const MEMBERS = 2_000;
const CATEGORIES = ["postal-services", "goods", "subscriptions", "no-rule"];

type TResult = { name: string; requests: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number; statuses: Record<number, number> };

async function load(name: string, handle: (i: number) => Promise<Response>): Promise<TResult> {
  const latencies = new Float64Array(count);
  const statuses: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < count; i = next++) {
        const t0 = performance.now();
        const response = await handle(i);
        latencies[i] = performance.now() - t0;
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { name, requests: count, seconds, perSecond: count / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), statuses };
}

async function main() {
  const { createTestDatabase } = await import("../test/test-database");
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const { db } = await import("../../lib/db");
  const { issueApiKey } = await import("../../lib/api-keys/issue-api-key");
  const { cardNumberFromSerial } = await import("../../lib/loyalty/card-number");
  const { seedLoyalty } = await import("../../lib/loyalty/seed-loyalty");
  const { POST } = await import("../../app/api/v1/loyalty/purchases/route");
  const { parseJsonBody } = await import("../../lib/api/parse-request");
  const { ZPostPurchase } = await import("../../lib/loyalty/schemas");
  try {
    await seedLoyalty();
    await db.$executeRawUnsafe(`
      INSERT INTO "Member" (id, email, "firstName", "lastName", "cardNumber", status, "updatedAt")
      SELECT gen_random_uuid(), 'bench' || i || '@mail.example', 'Мария', 'Иванова', 'card' || i, 'ACTIVE', now()
      FROM generate_series(0, ${MEMBERS - 1}) AS i`);
    for (let i = 0; i < MEMBERS; i++) await db.member.update({ where: { email: `bench${i}@mail.example` }, data: { cardNumber: cardNumberFromSerial(i + 1) } });
    const admin = await db.staffUser.create({ data: { email: "bench-admin@staff.example", name: "Bench", role: "ADMIN" } });
    const keys: string[] = [];
    for (let i = 0; i < Math.ceil(count / 250); i++) keys.push((await issueApiKey({ name: `bench ${i}`, scopes: ["loyalty:write"] }, admin)).key);
    const members = await db.member.findMany({ select: { id: true, cardNumber: true } });

    const body = (i: number, prefix: string) => ({
      externalId: `${prefix}-${i}-${randomUUID()}`,
      cardNumber: members[i % MEMBERS].cardNumber,
      amountKopecks: 10_000 + ((i * 7919) % 500_000),
      category: CATEGORIES[i % CATEGORIES.length],
      purchasedAt: new Date().toISOString(),
    });
    const request = (payload: unknown, key: string) =>
      new NextRequest("http://localhost:3000/api/v1/loyalty/purchases", {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${key}` },
        body: JSON.stringify(payload),
      });
    const noParams = { params: Promise.resolve({}) };

    const baseline = await load("bare handler: one INSERT", async (i) => {
      const input = await parseJsonBody(request(body(i, "bare"), keys[0]), ZPostPurchase);
      const member = members[i % MEMBERS];
      const row = await db.purchase.create({
        data: { externalId: input.externalId, memberId: member.id, amountKopecks: input.amountKopecks, category: input.category, purchasedAt: new Date(input.purchasedAt) },
        select: { id: true },
      });
      return Response.json(row, { status: 201 });
    });
    const posted = await load("POST /api/v1/loyalty/purchases", (i) => POST(request(body(i, "api"), keys[Math.floor(i / 250)]), noParams));
    const entries = await db.pointsEntry.count();

    console.log(`\nPurchases for points — ${count} requests, ${CONCURRENCY} in flight, ${MEMBERS} members, pool ${process.env.DATABASE_POOL_SIZE ?? 10}\n`);
    console.log(`${"handler".padEnd(34)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)}  statuses`);
    for (const r of [baseline, posted]) {
      console.log(`${r.name.padEnd(34)} ${r.perSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}  ${JSON.stringify(r.statuses)}`);
    }
    console.log(`\nledger entries written: ${entries} (purchases in a category without a rule earn none)`);
    await fs.mkdir("bench-results", { recursive: true });
    await fs.writeFile(path.join("bench-results", "points.json"), JSON.stringify({ count, concurrency: CONCURRENCY, members: MEMBERS, entries, results: [baseline, posted] }, null, 2));
  } finally {
    await db.$disconnect();
    await database.dispose();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
