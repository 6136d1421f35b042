import { Prisma } from "@/lib/generated/prisma/client";

/**
 * An SQL expression to select in a statement whose only writes are counters that may lose their last fraction
 * of a second to a crash (rate-limit buckets, an API key's last use): the statement's transaction then
 * commits without waiting for its WAL to reach the disk (synchronous_commit off for that transaction alone).
 * A request that writes something that matters as well (a case, a purchase) then waits for that one flush
 * instead of two, one after the other. Never for a statement that writes anything else.
 */
export const LAZY_COMMIT = Prisma.sql`set_config('synchronous_commit', 'off', true)`;
