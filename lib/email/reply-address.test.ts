import { describe, expect, it } from "vitest";

import { newReplyToken, replyAddressFor, replyTokenFrom } from "./reply-address";

describe("case reply addresses", () => {
  it("round-trips a token through the plus-address, whatever the case of the letters", () => {
    const token = newReplyToken();
    expect(token).toMatch(/^[a-z0-9]{20}$/);
    const address = replyAddressFor("reply@portal.example", token);
    expect(address).toBe(`reply+${token}@portal.example`);
    expect(replyTokenFrom("reply@portal.example", ["someone@else.example", address.toUpperCase()])).toBe(token);
  });

  it("ignores other mailboxes and malformed tokens", () => {
    expect(replyTokenFrom("reply@portal.example", ["reply+abc@portal.example"])).toBeNull();
    expect(replyTokenFrom("reply@portal.example", [`other+${"a".repeat(20)}@portal.example`])).toBeNull();
    expect(replyTokenFrom("reply@portal.example", [`reply+${"a".repeat(20)}@evil.example`])).toBeNull();
    expect(replyTokenFrom("reply@portal.example", [])).toBeNull();
  });
});
