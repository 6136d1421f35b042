import { NextResponse } from "next/server";

import { getCurrentUser, requireAbility } from "@/lib/auth/current-user";
import { AuthError } from "@/lib/auth/errors";
import { readPurchaseImport } from "@/lib/loyalty/purchase-import";
import { recordForbidden } from "@/lib/security/record-forbidden";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_STORE = { "Cache-Control": "private, no-store" };

/** An import's progress for its page's progress bar: counts only, never the file or its rows. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requireAbility("loyalty.configure");
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    if (error.code === "FORBIDDEN") await recordForbidden(await getCurrentUser(), "route:/console/loyalty/imports/progress");
    return NextResponse.json({ error: error.code }, { status: error.code === "UNAUTHENTICATED" ? 401 : 403, headers: NO_STORE });
  }
  const { id } = await params;
  const result = UUID.test(id) ? await readPurchaseImport(id) : null;
  if (!result) return NextResponse.json({ error: "NOT_FOUND" }, { status: 404, headers: NO_STORE });
  const { status, totalRows, processedRows, appliedRows, duplicateRows } = result;
  return NextResponse.json({ status, totalRows, processedRows, appliedRows, duplicateRows }, { headers: NO_STORE });
}
