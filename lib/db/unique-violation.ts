/**
 * Whether an error is a unique index refusing a row, and the index's name or columns match `target`. A
 * Prisma write reports it as P2002; a raw statement as P2010 carrying the driver's UniqueConstraintViolation.
 * Both name the constraint (e.g. CaseApplicant_idempotencyKey_key) in their metadata.
 */
export function isUniqueViolation(error: unknown, target: RegExp): boolean {
  const { code, meta } = (error as { code?: string; meta?: unknown }) ?? {};
  const details = JSON.stringify(meta ?? {});
  const isUnique = code === "P2002" || (code === "P2010" && details.includes("UniqueConstraintViolation"));
  return isUnique && target.test(details);
}
