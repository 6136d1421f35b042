import "server-only";

import { db } from "@/lib/db";

export type TApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

/** Every key for the admin's list, newest first, with who issued it; never the hash. */
export async function listApiKeys() {
  const keys = await db.apiKey.findMany({
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdById: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  // ApiKey keeps the issuer's id without a relation, so keys outlive a deleted account.
  const issuerIds = [...new Set(keys.flatMap((key) => (key.createdById ? [key.createdById] : [])))];
  const issuers = await db.staffUser.findMany({ where: { id: { in: issuerIds } }, select: { id: true, name: true } });
  const issuerName = new Map(issuers.map((issuer) => [issuer.id, issuer.name]));
  return keys.map(({ createdById, ...key }) => ({
    ...key,
    createdBy: createdById ? (issuerName.get(createdById) ?? null) : null,
  }));
}
