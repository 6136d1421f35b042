import { describe, expect, it } from "vitest";

import { safeCallbackUrl } from "./safe-callback-url";

describe("callback URLs after sign-in", () => {
  it.each([
    ["/console/staff", "/console/staff"],
    ["/account?tab=points", "/account?tab=points"],
    ["/console/cases?x=1#y", "/console/cases?x=1#y"],
    [undefined, "/account"],
    ["", "/account"],
    ["https://evil.example/", "/account"],
    ["//evil.example/", "/account"],
    ["//evil", "/account"],
    ["/\\evil.example", "/account"],
    ["/\\evil", "/account"],
    ["\\\\evil.example", "/account"],
    // Browsers drop tabs and newlines from URLs: "/\t/evil.example" is "//evil.example" to them.
    ["/\t/evil.example", "/account"],
    ["/\n/evil.example", "/account"],
    ["/\r\n/evil.example", "/account"],
    [" //evil.example", "/account"],
    ["/./\t/evil.example", "/account"],
    ["/.//evil.example", "/account"],
    ["javascript:alert(1)", "/account"],
    ["JavaScript:alert(1)", "/account"],
    ["data:text/html,<script>alert(1)</script>", "/account"],
    [["/console", "/x"], "/console"],
    [["https://evil.example", "/x"], "/account"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackUrl(input, "/account")).toBe(expected);
  });

  it("hands back the path as the URL parser reads it, not as it was written", () => {
    expect(safeCallbackUrl("/console/../account?a=b c", "/console")).toBe("/account?a=b%20c");
    expect(safeCallbackUrl("/console/\tcases", "/account")).toBe("/console/cases");
  });
});
