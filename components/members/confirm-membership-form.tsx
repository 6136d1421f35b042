"use client";

import Link from "next/link";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TConfirmResult } from "@/lib/club/membership";

/** The confirmation button of the emailed link's page, and the outcome: done, done before, expired or invalid. */
export function ConfirmMembershipForm({
  token,
  action,
}: {
  token: string;
  action: (input: { token: string }) => Promise<TActionResult<TConfirmResult>>;
}) {
  const t = useTexts("club.confirm");
  const { run, isPending, data, failure } = useAction(action, { refresh: false });
  const result: TConfirmResult | { status: "failed"; message: string } | undefined =
    data ?? (failure ? { status: "failed", message: failure } : undefined);

  if (result) {
    const isDone = result.status === "confirmed" || result.status === "already-confirmed";
    return (
      <>
        <Alert tone={isDone ? "success" : "danger"}>
          {result.status === "confirmed"
            ? t("confirmed", { cardNumber: result.cardNumber })
            : result.status === "already-confirmed"
              ? t("alreadyConfirmed")
              : result.status === "failed"
                ? result.message
                : t(result.status)}
        </Alert>
        {isDone ? (
          <Link href="/sign-in?callbackUrl=/account" className="self-start font-medium text-brand-700 underline">
            {t("signIn")}
          </Link>
        ) : (
          <Link href="/club/join" className="self-start font-medium text-brand-700 underline">
            {t("joinAgain")}
          </Link>
        )}
      </>
    );
  }

  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        run({ token });
      }}
    >
      <Button type="submit" className="self-start" disabled={isPending} aria-busy={isPending}>
        {t("confirmButton")}
      </Button>
    </form>
  );
}
