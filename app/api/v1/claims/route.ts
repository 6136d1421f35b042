import { defineFilingRoute } from "@/lib/api/filing-route";
import { fileClaim } from "@/lib/cases/file-claim";
import { ZFileClaim } from "@/lib/cases/schemas";

/** Files a search claim for a lost item for another system: see /api/v1/openapi.json. */
export const POST = defineFilingRoute("fileClaim", ZFileClaim, fileClaim);
