import { describe, expect, it } from "vitest";

import { searchParamFields } from "./search-params";

describe("searchParamFields", () => {
  it("takes the first value of a repeated field, from either kind of query", () => {
    expect(searchParamFields(new URLSearchParams("status=NEW&status=CLOSED&q=x"))).toEqual({ status: "NEW", q: "x" });
    expect(searchParamFields({ status: ["NEW", "CLOSED"], q: "x" })).toEqual({ status: "NEW", q: "x" });
  });

  it("leaves out empty and absent fields, so a schema's default applies", () => {
    expect(searchParamFields(new URLSearchParams("from=&to=2026-01-31"))).toEqual({ to: "2026-01-31" });
    expect(searchParamFields({ from: "", to: undefined, type: [] })).toEqual({});
  });

  it("keeps a later value when the first one was empty", () => {
    expect(searchParamFields(new URLSearchParams("q=&q=queue"))).toEqual({ q: "queue" });
  });
});
