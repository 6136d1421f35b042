"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { useAction } from "@/components/ui/use-action";
import { useTranslatedError } from "@/components/ui/use-translated-error";
import type { TActionResult } from "@/lib/action/action-result";
import type { TSegment } from "@/lib/club/segment";
import {
  DEFAULT_SCALE,
  QUESTION_KINDS,
  ZSaveSurvey,
  type TQuestion,
  type TQuestionKind,
  type TSaveSurveyInput,
} from "@/lib/surveys/schemas";

import { builderErrorSummary } from "./builder-errors";
import { newChoiceId, newQuestionId } from "./new-ids";
import { QuestionEditor } from "./question-editor";
import { SegmentPicker } from "./segment-picker";
import { SurveyForm } from "./survey-form";

export type TBuilderSurvey = {
  id?: string;
  title: string;
  description: string;
  segment: TSegment;
  opensOn: string;
  closesOn: string;
  questions: TQuestion[];
};

function newQuestion(kind: TQuestionKind): TQuestion {
  const first = { id: newChoiceId([]), label: "" };
  return {
    id: newQuestionId(),
    kind,
    text: "",
    help: "",
    isRequired: false,
    choices: kind === "SINGLE" || kind === "MULTIPLE" ? [first, { id: newChoiceId([first]), label: "" }] : [],
    scale: kind === "RATING" ? { ...DEFAULT_SCALE } : null,
    showIf: null,
  };
}

/**
 * The survey builder: title and description, who is invited and until when, the questions with their
 * conditions, order and required flags, and a preview as members will see it. The whole draft is checked
 * with the server's own schema before it is sent.
 */
export function SurveyBuilder({
  initial,
  regions,
  saveAction,
  countAction,
}: {
  initial: TBuilderSurvey;
  regions: string[];
  saveAction: (input: TSaveSurveyInput) => Promise<TActionResult<{ id: string }>>;
  countAction: (input: { segment: TSegment }) => Promise<TActionResult<{ count: number }>>;
}) {
  const t = useTexts("surveys.builder");
  const tk = useTexts("surveys.kinds");
  const translate = useTranslatedError();
  const router = useRouter();
  const [survey, setSurvey] = useState<TBuilderSurvey>(initial);
  const [isPreview, setIsPreview] = useState(false);
  // A new survey opens on its own page once saved; a saved one is read again.
  const saving = useAction(saveAction, {
    schema: ZSaveSurvey,
    refresh: Boolean(survey.id),
    onSuccess: (data) => (survey.id ? undefined : router.push(`/console/surveys/${data.id}`)),
  });
  const { fieldErrors: errors, isPending: isSaving } = saving;
  const [saves, setSaves] = useState(0);
  const outcome = saving.failure
    ? { tone: "danger" as const, text: saving.failure }
    : saving.isDone
      ? { tone: "success" as const, text: t("saved") }
      : undefined;
  const summary = builderErrorSummary(errors, (message) => translate(message) ?? message, t);

  const setQuestions = (questions: TQuestion[]) => setSurvey((previous) => ({ ...previous, questions }));
  const errorsAt = (prefix: string) =>
    Object.entries(errors)
      .filter(([path]) => path === prefix || path.startsWith(`${prefix}.`))
      .map(([, message]) => translate(message) ?? message);

  function move(index: number, offset: -1 | 1) {
    const questions = [...survey.questions];
    [questions[index], questions[index + offset]] = [questions[index + offset], questions[index]];
    setQuestions(questions);
  }

  function remove(index: number) {
    const gone = survey.questions[index].id;
    // A condition on the removed question would point nowhere: such questions are shown always.
    setQuestions(
      survey.questions
        .filter((_, other) => other !== index)
        .map((question) => (question.showIf?.questionId === gone ? { ...question, showIf: null } : question)),
    );
  }

  const input = (): TSaveSurveyInput => ({
    ...survey,
    opensOn: survey.opensOn || undefined,
    closesOn: survey.closesOn || undefined,
  });
  const { recheck } = saving;
  // An error shown goes as soon as what it is about is right (the draft is checked again on each change).
  useEffect(() => {
    recheck({ ...survey, opensOn: survey.opensOn || undefined, closesOn: survey.closesOn || undefined });
  }, [survey]); // eslint-disable-line react-hooks/exhaustive-deps -- recheck is a new function each render

  function onSave() {
    setSaves((count) => count + 1);
    saving.run(input());
  }

  return (
    <div className="flex flex-col gap-5">
      <FormField id="survey-title" label={t("title")} error={translate(errors.title)}>
        {(control) => (
          <Input
            {...control}
            value={survey.title}
            maxLength={200}
            onChange={(event) => setSurvey({ ...survey, title: event.target.value })}
          />
        )}
      </FormField>
      <div className="flex flex-col gap-1">
        <label htmlFor="survey-description" className="font-medium">
          {t("description")}
        </label>
        <Textarea
          id="survey-description"
          rows={3}
          maxLength={2000}
          value={survey.description}
          onChange={(event) => setSurvey({ ...survey, description: event.target.value })}
        />
      </div>

      <SegmentPicker
        segment={survey.segment}
        regions={regions}
        isDisabled={false}
        onChange={(segment) => setSurvey({ ...survey, segment })}
        countAction={countAction}
      />

      <FormField id="survey-opens" label={t("opensOn")} hint={t("opensOnHint")} error={translate(errors.opensOn)}>
        {(control) => (
          <Input
            {...control}
            type="date"
            className="max-w-56"
            value={survey.opensOn}
            onChange={(event) => setSurvey({ ...survey, opensOn: event.target.value })}
          />
        )}
      </FormField>

      <FormField id="survey-closes" label={t("closesOn")} hint={t("closesOnHint")} error={translate(errors.closesOn)}>
        {(control) => (
          <Input
            {...control}
            type="date"
            className="max-w-56"
            value={survey.closesOn}
            onChange={(event) => setSurvey({ ...survey, closesOn: event.target.value })}
          />
        )}
      </FormField>

      <h2 className="text-2xl font-semibold">{t("questions")}</h2>
      {survey.questions.length === 0 ? <p className="text-muted">{t("noQuestions")}</p> : null}
      {survey.questions.map((question, index) => (
        <QuestionEditor
          key={question.id}
          question={question}
          index={index}
          count={survey.questions.length}
          earlier={survey.questions.slice(0, index)}
          errors={errorsAt(`questions.${index}`)}
          onChange={(changed) => setQuestions(survey.questions.map((other, at) => (at === index ? changed : other)))}
          onMove={(offset) => move(index, offset)}
          onDelete={() => remove(index)}
        />
      ))}
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("addQuestion")}>
        {QUESTION_KINDS.map((kind) => (
          <Button
            key={kind}
            type="button"
            variant="secondary"
            onClick={() => setQuestions([...survey.questions, newQuestion(kind)])}
          >
            {t("add", { kind: tk(kind) })}
          </Button>
        ))}
      </div>

      <ErrorSummary title={t("fixErrors")} errors={summary} focusKey={summary.length > 0 ? saves : 0} />
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onSave} disabled={isSaving} aria-busy={isSaving}>
          {t("save")}
        </Button>
        <Button type="button" variant="secondary" aria-expanded={isPreview} onClick={() => setIsPreview(!isPreview)}>
          {isPreview ? t("hidePreview") : t("preview")}
        </Button>
      </div>
      {isPreview ? (
        <section
          aria-labelledby="preview-heading"
          className="flex flex-col gap-4 rounded-xl border-2 border-dashed border-brand-600 p-4"
        >
          <h2 id="preview-heading" className="text-xl font-semibold">
            {t("previewTitle")}
          </h2>
          <p className="text-sm text-muted">{t("previewHint")}</p>
          <SurveyForm questions={survey.questions} />
        </section>
      ) : null}
    </div>
  );
}
