import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { InfoPage } from "@/components/layout/info-page";
import { areBenchRoutesOn, selectOne } from "@/lib/bench/baseline";

// Rendered for every request, like the status page it is measured beside: never prerendered at build time.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The floor under the public pages for `npm run bench:status`: the root layout (header, footer, the texts
 * handed to client components) around one `SELECT 1` through the app's pool, so the gap between this page
 * and the `SELECT 1` route is what the framework and the layout cost, and the gap between it and the status
 * page is the status page's own. 404 unless BENCH_ROUTES=1, as for a page the site does not have. Its group
 * adds no layout, as (public) adds none: should the public pages get a layout of their own, this page follows.
 */
export default async function LayoutFloorPage() {
  if (!areBenchRoutesOn()) notFound();
  await selectOne();
  return (
    <InfoPage title="Layout floor" lead="One row read through the app's pool, inside the public layout.">
      <p data-testid="layout-floor">ok</p>
    </InfoPage>
  );
}
