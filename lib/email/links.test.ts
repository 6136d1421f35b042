import { describe, expect, it } from "vitest";

import { linksOf } from "./links";

describe("links of an email", () => {
  it("are the http(s) hrefs, unescaped, in order, once each", () => {
    const html = `<a href="https://club.example/a?x=1&amp;y=2">A</a> <a href="mailto:x@y.example">m</a>
      <a href="http://localhost:3000/club">B</a> <a href="https://club.example/a?x=1&amp;y=2">again</a>`;
    expect(linksOf(html)).toEqual(["https://club.example/a?x=1&y=2", "http://localhost:3000/club"]);
  });
});
