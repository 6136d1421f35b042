"use client";

import type { ComponentProps, ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/** One of the case page's forms: a titled box with its outcome and a submit button. */
export function CaseForm({
  title,
  submit,
  isPending,
  done,
  failure,
  onSubmit,
  children,
  testId,
}: {
  title: string;
  submit: string;
  isPending: boolean;
  done?: string;
  failure?: string;
  onSubmit: () => void;
  children: ReactNode;
  testId: string;
}) {
  return (
    <form
      noValidate
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="flex flex-col gap-3 rounded-xl border border-line p-4"
    >
      <h3 className="text-lg font-semibold">{title}</h3>
      {failure ? <Alert tone="danger">{failure}</Alert> : null}
      {done ? <Alert tone="success">{done}</Alert> : null}
      {children}
      <div>
        <Button type="submit" disabled={isPending} aria-busy={isPending}>
          {submit}
        </Button>
      </div>
    </form>
  );
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return (
    <select
      className={cn(
        "min-h-11 w-full rounded-lg border border-line bg-white px-3 text-base text-ink",
        "aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger",
        className,
      )}
      {...props}
    />
  );
}
