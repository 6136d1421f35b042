import { clsx } from "clsx";
import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";


// className adds classes without resolving conflicts (tailwind-merge would weigh about 10 KB on every public
// page): a caller overriding a base utility marks its own with Tailwind's `!`, e.g. `w-44!`.

export const buttonVariants = cva(
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 text-base font-medium transition-colors disabled:pointer-events-none disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-brand-600 text-white hover:bg-brand-700",
        secondary: "border border-line bg-white text-ink hover:bg-brand-50",
        ghost: "text-brand-700 hover:bg-brand-50",
      },
      size: {
        md: "",
        sm: "min-h-9 px-3 text-sm",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

type ButtonProps = ComponentProps<"button"> & VariantProps<typeof buttonVariants>;

/** A button, at least 44px tall for touch. A link styled as one: <Link className={buttonVariants(...)}>. */
export function Button({ className, variant, size, ...props }: ButtonProps) {
  return <button className={clsx(buttonVariants({ variant, size }), className)} {...props} />;
}
