import { NextResponse } from "next/server";

import { ApiError } from "@/lib/api/api-error";
import { defineRoute } from "@/lib/api/define-route";
import { requireAbility } from "@/lib/auth/current-user";
import { readPurchaseImport } from "@/lib/loyalty/purchase-import";
import { isUuid } from "@/lib/validation/uuid";

/** An import's progress for its page's progress bar: counts only, never the file or its rows. */
export const GET = defineRoute<{ id: string }>({
  name: "readImportProgress",
  authorize: () => requireAbility("loyalty.configure"),
  handle: async ({ params }) => {
    const result = isUuid(params.id) ? await readPurchaseImport(params.id) : null;
    if (!result) throw new ApiError(404, "routes.notFound");
    const { status, totalRows, processedRows, appliedRows, duplicateRows } = result;
    return NextResponse.json(
      { status, totalRows, processedRows, appliedRows, duplicateRows },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  },
});
