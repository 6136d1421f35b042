import { clsx } from "clsx";
import type { ComponentProps } from "react";

// className adds classes without resolving conflicts (tailwind-merge would weigh about 10 KB on every public
// page): a caller overriding a base utility marks its own with Tailwind's `!`, e.g. `w-44!`.

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={clsx(
        "min-h-11 w-full rounded-lg border border-line bg-white px-3 text-base text-ink",
        "aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger",
        className,
      )}
      {...props}
    />
  );
}
