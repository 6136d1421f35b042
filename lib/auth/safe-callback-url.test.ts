import { describe, expect, it } from "vitest";

import { safeCallbackUrl } from "./safe-callback-url";

describe("callback URLs after sign-in", () => {
  it.each([
    ["/console/staff", "/console/staff"],
    ["/account?tab=points", "/account?tab=points"],
    [undefined, "/account"],
    ["https://evil.example/", "/account"],
    ["//evil.example/", "/account"],
    ["/\\evil.example", "/account"],
    [["/console", "/x"], "/console"],
  ])("%j → %s", (input, expected) => {
    expect(safeCallbackUrl(input, "/account")).toBe(expected);
  });
});
