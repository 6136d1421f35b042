import { describe, expect, it } from "vitest";

import { HIDEABLE_INBOX_COLUMNS, knownHiddenColumns, ZInboxColumns } from "./columns";

describe("the inbox's hideable columns", () => {
  it("never include the number, the row's link", () => {
    expect(HIDEABLE_INBOX_COLUMNS).not.toContain("number");
    expect(ZInboxColumns.safeParse({ hidden: ["number"] }).success).toBe(false);
  });

  it("take known ids once each, and refuse anything else", () => {
    expect(ZInboxColumns.parse({ hidden: ["topic", "topic", "dueAt"] })).toEqual({ hidden: ["topic", "dueAt"] });
    expect(ZInboxColumns.safeParse({ hidden: ["<script>"] }).success).toBe(false);
    expect(ZInboxColumns.safeParse({ hidden: "topic" }).success).toBe(false);
  });

  it("read back what the database holds in the table's order, dropping ids no longer known", () => {
    expect(knownHiddenColumns(["dueAt", "region", "status"])).toEqual(["status", "dueAt"]);
  });
});
