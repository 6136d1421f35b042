"use client";

import type { ReactNode } from "react";

import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";

/** What ActionForm shows of its action: useAction's own state. */
type TActionFormState = { isPending: boolean; isDone: boolean; failure?: string };

/**
 * A titled box of fields that runs one action (useAction): its failure, or once it has succeeded the `done`
 * confirmation, above the fields; the submit button below, busy while the action runs.
 */
export function ActionForm({
  title,
  submit,
  state,
  done,
  onSubmit,
  children,
  testId,
  headingLevel = 3,
}: {
  title: string;
  submit: string;
  state: TActionFormState;
  done?: string;
  onSubmit: () => void;
  children: ReactNode;
  testId: string;
  /** 3 inside a page's section; 2 where the form is a section of the page itself. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
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
      <Heading className="text-lg font-semibold">{title}</Heading>
      <ActionOutcome failure={state.failure} done={state.isDone ? done : undefined} />
      {children}
      <div>
        <Button type="submit" disabled={state.isPending} aria-busy={state.isPending}>
          {submit}
        </Button>
      </div>
    </form>
  );
}
