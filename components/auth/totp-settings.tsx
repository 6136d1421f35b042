"use client";

import { type FormEvent, useState, useTransition } from "react";

import { useTexts, useTextFormat } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
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
  const [isPending, startTransition] = useTransition();
  const [enrolment, setEnrolment] = useState<TEnrolment | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  function finish(action: typeof confirm, done: string) {
    startTransition(async () => {
      const result = await action({ code });
      if (result.ok) {
        setEnrolment(null);
        setCode("");
        setError(undefined);
        setNotice(done);
      } else {
        setError(result.fieldErrors?.code ?? result.message);
      }
    });
  }

  /** With a factor in force, the code from it goes along: replacing the factor takes one. */
  function begin() {
    startTransition(async () => {
      const result = await start(enabledAt ? { code } : undefined);
      if (result.ok) {
        setEnrolment(result.data);
        setCode("");
        setError(undefined);
        setNotice(undefined);
      } else {
        setError(result.fieldErrors?.code ?? result.message);
      }
    });
  }

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
            finish(confirm, enabledAt ? t("replaced") : t("confirmed"));
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
            finish(disable, t("turnedOff"));
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
