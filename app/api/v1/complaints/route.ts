import { defineFilingRoute } from "@/lib/api/filing-route";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { complaintContextOf, complaintContextSql } from "@/lib/cases/filing-context";
import { ZFileComplaint } from "@/lib/cases/schemas";

/** Files a complaint or appeal for another system (a call centre, the mobile app): see /api/v1/openapi.json. */
export const POST = defineFilingRoute("fileComplaint", ZFileComplaint, fileComplaint, {
  sql: (input) => complaintContextSql(input),
  read: complaintContextOf,
});
