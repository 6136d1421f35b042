import type { ReactNode } from "react";

import { ConsoleSidebar } from "@/components/console/console-sidebar";
import { AreaIntl } from "@/components/layout/area-intl";
import { getCurrentUser } from "@/lib/auth/current-user";

/**
 * The console's frame. For staff it is the workspace: full width (the root layout's <main> widens for
 * [data-workspace]), the views and sections in a left column, the page beside it. Signing in, an invitation and
 * unlocking have no staff member yet and keep the site's narrow column. Each page checks access itself.
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <AreaIntl>
      {user?.kind === "staff" ? (
        <div data-workspace className="flex flex-col gap-6 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-8">
          <ConsoleSidebar user={user} />
          <div className="min-w-0">{children}</div>
        </div>
      ) : (
        children
      )}
    </AreaIntl>
  );
}
