import type { ReactNode } from "react";

import { ConsoleNav } from "@/components/console/console-nav";
import { AreaIntl } from "@/components/layout/area-intl";
import { getCurrentUser } from "@/lib/auth/current-user";

/** The console's frame. Each page checks access itself; the frame only shows the navigation to staff. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <AreaIntl>
      <div>
        {user?.kind === "staff" ? <ConsoleNav user={user} /> : null}
        {children}
      </div>
    </AreaIntl>
  );
}
