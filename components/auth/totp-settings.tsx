"use client";

import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import type { TActionResult } from "@/lib/action/action-result";
import type { TConfirmTotp } from "@/lib/auth/schemas";

type TEnrolment = { secret: string; qrSvg: string };

export function TotpSettings({
  enabledAt,
  start,
  confirm,
  disable,
}: {
  enabledAt: Date | null;
  start: () => Promise<TActionResult<TEnrolment>>;
  confirm: (input: TConfirmTotp) => Promise<TActionResult<null>>;
  disable: (input: TConfirmTotp) => Promise<TActionResult<null>>;
}) {
  const t = useTranslations("totp");
  const format = useFormatter();
  const [isPending, startTransition] = useTransition();
  const [enrolment, setEnrolment] = useState<TEnrolment | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  function submit(event: FormEvent, action: typeof confirm, done: string) {
    event.preventDefault();
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
      {enabledAt ? (
        <form onSubmit={(event) => submit(event, disable, t("turnedOff"))} className="flex flex-col gap-3">
          <p>{t("enabled", { date: format.dateTime(enabledAt, { dateStyle: "long" }) })}</p>
          {codeField}
          <Button type="submit" variant="secondary" disabled={isPending} className="self-start">
            {t("turnOff")}
          </Button>
        </form>
      ) : enrolment ? (
        <form onSubmit={(event) => submit(event, confirm, t("confirmed"))} className="flex flex-col gap-3">
          <p>{t("scan")}</p>
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
      ) : (
        <>
          <p>{t("disabledText")}</p>
          <Button
            disabled={isPending}
            className="self-start"
            onClick={() =>
              startTransition(async () => {
                const result = await start();
                if (result.ok) setEnrolment(result.data);
                else setError(result.message);
              })
            }
          >
            {t("start")}
          </Button>
        </>
      )}
    </section>
  );
}
