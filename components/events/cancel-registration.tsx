"use client";

import { useEffect, useId, useRef, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TRegistrationIdInput } from "@/lib/events/schemas";

/**
 * Giving up a place takes two taps: "Cancel registration" turns into the question with "Yes, cancel" and
 * "No", because a place given up goes to the next on the waiting list and may not come back. Focus moves to
 * the safe answer when the question appears and back to the button when it is withdrawn, so a keyboard or
 * screen reader user is never left on a button that vanished.
 */
export function CancelRegistration({
  registrationId,
  action,
}: {
  registrationId: string;
  action: (input: TRegistrationIdInput) => Promise<TActionResult<{ promotedId: string | null }>>;
}) {
  const t = useTexts("events.member");
  const questionId = useId();
  const [isConfirming, setIsConfirming] = useState(false);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const noButton = useRef<HTMLButtonElement>(null);
  // Focus follows the question only once it has been asked, not when the page first renders.
  const hasAsked = useRef(false);
  const { run, isPending, isDone, failure, reset } = useAction(action, {
    onFailure: () => setIsConfirming(false),
  });

  useEffect(() => {
    if (isConfirming) hasAsked.current = true;
    if (hasAsked.current) (isConfirming ? noButton : cancelButton).current?.focus();
  }, [isConfirming]);

  return (
    <div className="flex flex-col gap-2">
      {isConfirming ? (
        <div role="group" aria-labelledby={questionId} className="flex flex-col gap-2 rounded-lg bg-brand-50 p-3">
          <p id={questionId} className="font-medium">
            {t("cancelQuestion")}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={isPending} aria-busy={isPending} onClick={() => run({ registrationId })}>
              {t("cancelYes")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={isPending}
              ref={noButton}
              onClick={() => setIsConfirming(false)}
            >
              {t("cancelNo")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          ref={cancelButton}
          type="button"
          variant="secondary"
          className="self-start"
          onClick={() => {
            reset();
            setIsConfirming(true);
          }}
        >
          {t("cancel")}
        </Button>
      )}
      <div aria-live="polite">
        <ActionOutcome failure={failure} done={isDone ? t("cancelled") : undefined} />
      </div>
    </div>
  );
}
