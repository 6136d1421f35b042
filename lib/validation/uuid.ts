import * as z from "./z";

// One test of "is this a UUID" for the whole portal: zod's, the one every schema's z.uuid() applies. Ids
// from an address or a link are checked with it before they reach a `uuid` column, where anything else
// would make PostgreSQL refuse the query (a server error instead of "not found").
const ZUuid = z.uuid();

export function isUuid(value: unknown): value is string {
  return ZUuid.safeParse(value).success;
}
