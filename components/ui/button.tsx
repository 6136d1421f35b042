import { clsx } from "clsx";
import type { ComponentProps } from "react";

// className adds classes without resolving conflicts (tailwind-merge would weigh about 10 KB on every public
// page): a caller overriding a base utility marks its own with Tailwind's `!`, e.g. `w-44!`.

const BASE =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 text-base font-medium transition-colors disabled:pointer-events-none disabled:opacity-60";

const VARIANTS = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-line bg-white text-ink hover:bg-brand-50",
  ghost: "text-brand-700 hover:bg-brand-50",
};

const SIZES = { md: "", sm: "min-h-9 px-3 text-sm" };

type TButtonLook = { variant?: keyof typeof VARIANTS | null; size?: keyof typeof SIZES | null; className?: string };

/**
 * A button's classes, for a <button> or a link that looks like one: <Link className={buttonVariants(...)}>.
 * Two variant lists are a lookup each, written out rather than built with a variants library, which would be
 * the heavier part of this file on every public page.
 */
export function buttonVariants({ variant, size, className }: TButtonLook = {}): string {
  return clsx(BASE, VARIANTS[variant ?? "primary"], SIZES[size ?? "md"], className);
}

type ButtonProps = ComponentProps<"button"> & Omit<TButtonLook, "className">;

/** A button, at least 44px tall for touch. */
export function Button({ className, variant, size, ...props }: ButtonProps) {
  return <button className={buttonVariants({ variant, size, className })} {...props} />;
}
