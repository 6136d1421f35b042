import type { ComponentProps, ReactNode } from "react";

import { cn } from "@/lib/utils";

/**
 * A plain data table that scrolls sideways on narrow screens. `caption` names the table for screen readers;
 * it is visually hidden unless `captionClassName` styles it. `isSmallText` (default) sets the body text small.
 */
export function Table({
  caption,
  captionClassName = "sr-only",
  isSmallText = true,
  className,
  children,
  ...props
}: ComponentProps<"table"> & { caption?: ReactNode; captionClassName?: string; isSmallText?: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className={cn("w-full text-left", isSmallText && "text-sm", className)} {...props}>
        {caption ? <caption className={captionClassName}>{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

/** The header of a table: one row of `HeaderCell`s. */
export function TableHead({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <thead>
      <tr className={cn("border-b border-line", className)}>{children}</tr>
    </thead>
  );
}

/** A column header (`th scope="col"`). The last column has no right padding. */
export function HeaderCell({ className, ...props }: Omit<ComponentProps<"th">, "scope">) {
  return <th scope="col" className={cn("py-2 pr-3 last:pr-0", className)} {...props} />;
}

/** A body row with a divider under it. */
export function Row({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("border-b border-line", className)} {...props} />;
}

/** A body cell. The last cell of a row has no right padding. */
export function Cell({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("py-2 pr-3 last:pr-0", className)} {...props} />;
}
