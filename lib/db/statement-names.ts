import { createHash } from "node:crypto";

/** Names by SQL text; bounded, since an application can produce texts without end (lists of any length). */
const names = new Map<string, string>();
const MAX_NAMES = 5000;

/**
 * The name a statement is prepared under on a connection: a hash of its text, so that a text the
 * connection has seen before is only bound and executed, not parsed and planned again. Two texts never
 * share a name (the driver would refuse the second).
 */
export function statementName(query: { sql: string }): string {
  let name = names.get(query.sql);
  if (!name) {
    if (names.size >= MAX_NAMES) names.clear();
    name = `s_${createHash("sha256").update(query.sql).digest("base64url").slice(0, 32)}`;
    names.set(query.sql, name);
  }
  return name;
}
