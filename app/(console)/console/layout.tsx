import type { ReactNode } from "react";

import { ConsoleNav } from "@/components/console/console-nav";
import { getCurrentUser } from "@/lib/auth/current-user";

/** The console's frame. Each page checks access itself; the frame only shows the navigation to staff. */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div>
      {user?.kind === "staff" ? <ConsoleNav user={user} /> : null}
      {children}
    </div>
  );
}
