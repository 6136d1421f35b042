import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";

import LayoutFloorPage from "./page";

afterEach(() => {
  delete process.env.BENCH_ROUTES;
});

/** The digest Next.js gives the error notFound() throws; the page then answers 404 with the site's not-found page. */
const digestOf = async (page: Promise<unknown>) =>
  page.then(
    () => "rendered",
    (error: unknown) => (error as { digest?: string }).digest,
  );

describe("the benchmarks' layout-floor page", () => {
  it.each([undefined, "", "0", "true"])("is not found when BENCH_ROUTES is %j", async (value) => {
    if (value !== undefined) process.env.BENCH_ROUTES = value;
    expect(await digestOf(LayoutFloorPage())).toBe("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("with BENCH_ROUTES=1, reads its row and renders", async () => {
    process.env.BENCH_ROUTES = "1";
    const html = renderToStaticMarkup(await LayoutFloorPage());
    expect(html).toContain('data-testid="layout-floor"');
  });
});
