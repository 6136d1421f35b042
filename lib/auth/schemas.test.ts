import { describe, expect, it } from "vitest";

import { passwordIssues, ZSetPassword, ZStaffSignIn } from "./schemas";

describe("password policy", () => {
  it.each([
    ["short1", ["validation.passwordTooShort"]],
    ["password1234", ["validation.passwordTooCommon"]],
    ["aaaaaaaaaaaaaaa", ["validation.passwordTooCommon"]],
    ["ivanova-is-my-name-2026", ["validation.passwordContainsEmail"]],
    ["почта ходит быстро зимой", []],
  ])("%j → %j", (password, issues) => {
    expect(passwordIssues(password, "ivanova@portal.example")).toEqual(issues);
  });

  it("asks for the same password twice", () => {
    const result = ZSetPassword.safeParse({ token: "t".repeat(43), password: "long enough phrase", confirm: "other" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["confirm", "validation.passwordsDiffer"],
    ]);
  });
});

describe("staff sign-in input", () => {
  it("normalises the email and accepts an empty code", () => {
    expect(ZStaffSignIn.parse({ email: " Admin@Portal.Example ", password: "x", totp: "" })).toEqual({
      email: "admin@portal.example",
      password: "x",
      totp: "",
    });
  });

  it("names bad fields with catalogue keys", () => {
    const result = ZStaffSignIn.safeParse({ email: "nope", password: "", totp: "12" });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(
      ["validation.email", "validation.required", "validation.totpFormat"].sort(),
    );
  });
});
