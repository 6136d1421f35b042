import { clsx } from "clsx";
import type { ReactNode } from "react";

/** A status message; polite for success, assertive for problems. */
export function Alert({ tone = "info", children }: { tone?: "info" | "success" | "danger"; children: ReactNode }) {
  return (
    <div
      role={tone === "danger" ? "alert" : "status"}
      className={clsx(
        "rounded-lg border p-4",
        tone === "success" && "border-green-700 bg-green-50 text-green-900",
        tone === "danger" && "border-danger bg-red-50 text-danger",
        tone === "info" && "border-brand-600 bg-brand-50 text-brand-800",
      )}
    >
      {children}
    </div>
  );
}
