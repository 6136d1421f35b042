"use client";

import { useActionState, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import { ANSWER_COMMENT_MAX, ZAnswerComment } from "@/lib/cases/answer-rating-schemas";

type TCommentResult = TActionResult<{ comment: string }>;

/**
 * A few words to the rating, optional. A plain form on a server action: it works without JavaScript, and
 * with it the same schema as the server's checks the text before it is sent.
 */
export function AnswerCommentForm({
  token,
  comment,
  action,
}: {
  token: string;
  comment: string | null;
  action: (previous: TCommentResult | null, formData: FormData) => Promise<TCommentResult>;
}) {
  const t = useTexts("answerRating");
  const translate = useTranslatedError();
  const [result, formAction, isPending] = useActionState(action, null);
  const [clientError, setClientError] = useState<string>();
  // Controlled, so the text stays when React resets the form after the action.
  const [text, setText] = useState(comment ?? "");

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const parsed = ZAnswerComment.safeParse({ token, comment: text });
    if (parsed.success) return setClientError(undefined);
    event.preventDefault();
    setClientError(parsed.error.issues[0]?.message);
  }

  const error =
    translate(clientError) ?? (result && !result.ok ? (result.fieldErrors?.comment ?? result.message) : undefined);
  return (
    <form
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-3"
      data-testid="answer-comment"
    >
      <input type="hidden" name="token" value={token} />
      <FormField
        id="answer-comment"
        label={t("commentLabel")}
        hint={t("commentHint", { max: ANSWER_COMMENT_MAX })}
        error={error}
      >
        {(control) => (
          <Textarea
            {...control}
            name="comment"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={ANSWER_COMMENT_MAX}
          />
        )}
      </FormField>
      {result?.ok ? <Alert tone="success">{t("commentSaved")}</Alert> : null}
      <Button type="submit" variant="secondary" disabled={isPending} className="self-start">
        {t("sendComment")}
      </Button>
    </form>
  );
}
