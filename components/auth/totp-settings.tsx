"use client";

import { useState, type FormEvent } from "react";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useAction, type TActionFailure } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TConfirmTotp, TStartTotpEnrolment } from "@/lib/auth/schemas";

type TEnrolment = { secret: string; qrSvg: string };

export function TotpSettings({
  enabledAt,
  start,
  confirm,
  disable,
}: {
  enabledAt: Date | null;
  start: (input?: TStartTotpEnrolment) => Promise<TActionResult<TEnrolment>>;
  confirm: (input: TConfirmTotp) => Promise<TActionResult<null>>;
  disable: (input: TConfirmTotp) => Promise<TActionResult<null>>;
}) {
  const t = useTexts("totp");
  const format = useTextFormat();
  const [enrolment, setEnrolment] = useState<TEnrolment | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const showError = (failure: TActionFailure) => setError(failure.fieldErrors?.code ?? failure.message);
  const settle = (enrolled: TEnrolment | null, done?: string) => {
    setEnrolment(enrolled);
    setCode("");
    setError(undefined);
    setNotice(done);
  };
  const starting = useAction(start, { refresh: false, onSuccess: (data) => settle(data), onFailure: showError });
  const confirming = useAction(confirm, {
    refresh: false,
    onSuccess: () => settle(null, enabledAt ? t("replaced") : t("confirmed")),
    onFailure: showError,
  });
  const disabling = useAction(disable, {
    refresh: false,
    onSuccess: () => settle(null, t("turnedOff")),
    onFailure: showError,
  });
  const isPending = starting.isPending || confirming.isPending || disabling.isPending;

  /** With a factor in force, the code from it goes along: replacing the factor takes one. */
  const begin = () => starting.run(enabledAt ? { code } : undefined);

  const codeField = (
    <FormField id="totp-code" label={t("code")} error={error}>
      {(control) => (
        <Input
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          {...control}
        />
      )}
    </FormField>
  );

  return (
    <section aria-labelledby="totp-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
      <h2 id="totp-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {enrolment ? (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            confirming.run({ code });
          }}
          className="flex flex-col gap-3"
        >
          <p>{t("scan")}</p>
          {enabledAt ? <p>{t("replacingText")}</p> : null}
          {/* The SVG is generated on the server from our own otpauth URI, not from user input. */}
          <div className="size-48" aria-hidden="true" dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
          <code className="break-all rounded bg-brand-50 p-2 font-mono" data-testid="totp-secret">
            {enrolment.secret}
          </code>
          {codeField}
          <Button type="submit" disabled={isPending} className="self-start">
            {t("confirm")}
          </Button>
        </form>
      ) : enabledAt ? (
        <form
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            disabling.run({ code });
          }}
          className="flex flex-col gap-3"
        >
          <p>{t("enabled", { date: format.dateTime(enabledAt, { dateStyle: "long" }) })}</p>
          <p>{t("changeText")}</p>
          {codeField}
          <div className="flex flex-wrap gap-3">
            <Button type="button" disabled={isPending} onClick={begin}>
              {t("replace")}
            </Button>
            <Button type="submit" variant="secondary" disabled={isPending}>
              {t("turnOff")}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <p>{t("disabledText")}</p>
          {error ? <Alert tone="danger">{error}</Alert> : null}
          <Button disabled={isPending} className="self-start" onClick={begin}>
            {t("start")}
          </Button>
        </>
      )}
    </section>
  );
}
