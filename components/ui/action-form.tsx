"use client";

import type { ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * A titled box of fields that runs one action (useAction): its failure and its confirmation above the fields,
 * the submit button below, busy while the action runs.
 */
export function ActionForm({
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
