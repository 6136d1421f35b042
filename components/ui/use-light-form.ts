"use client";

import { createContext, createElement, useContext, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { FieldErrors, FieldValues, Path, Resolver, UseFormRegisterReturn } from "react-hook-form";

/** How long a press on the submit button holds back the check of the field it left (see holdBlurChecks). */
const BLUR_HOLD_MS = 1000;

type TFieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isCheckbox(element: TFieldElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && element.type === "checkbox";
}

/**
 * A small form state for the public desk's phone pages, in the manner of react-hook-form (whose ~13 KB
 * would not fit their JavaScript budget): uncontrolled inputs through `register(name)`, a react-hook-form
 * resolver (lazyZodResolver: the schema the server uses), values kept when a field is hidden and shown again,
 * and one submission at a time. A checkbox's value is whether it is ticked.
 *
 * When errors show: a field is checked when the person leaves it after changing it, and every field on
 * submit; a shown error is checked again on each change, so it goes as soon as the field is right. Nothing
 * is checked while a person types into a field that has no error, and nothing here moves focus.
 *
 * The inputs carry their values as default attributes, so a page rendered on the server (a form posted
 * before its scripts ran, and shown again with what was typed) shows them; once scripts run, what is in
 * the input wins, since a person may have typed before the page came alive.
 */
export function useLightForm<TInput extends FieldValues, TOutput>({
  resolver,
  defaultValues,
  errors: initialErrors,
}: {
  resolver: Resolver<TInput, unknown, TOutput>;
  defaultValues: Partial<TInput>;
  /** Errors the page starts with (the server's answer to a form posted without scripts), by field. */
  errors?: Record<string, string>;
}) {
  const values = useRef<Record<string, unknown>>({ ...defaultValues });
  const [errors, setErrorsState] = useState<FieldErrors<TInput>>(() => fromMessages(initialErrors));
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [, setWatchedChanges] = useState(0);
  const state = useRef({
    isSubmitted: Object.keys(initialErrors ?? {}).length > 0,
    isSubmitting: false,
    checks: new Map<string, number>(),
    errors: fromMessages<TInput>(initialErrors),
    attached: new Set<string>(),
    changed: new Set<string>(),
    blurHeldUntil: 0,
  });
  const watched = useRef(new Set<string>());
  const registrations = useRef(new Map<string, TLightRegistration>());

  // The registrations' handlers outlive renders: they read the errors through the ref.
  function setErrors(update: (previous: FieldErrors<TInput>) => FieldErrors<TInput>) {
    setErrorsState((previous) => {
      const next = update(previous);
      state.current.errors = next;
      return next;
    });
  }

  const check = () =>
    resolver({ ...values.current } as TInput, undefined, {
      fields: {},
      shouldUseNativeValidation: false,
      criteriaMode: "firstError",
    });

  async function recheck(name: string) {
    const run = (state.current.checks.get(name) ?? 0) + 1;
    state.current.checks.set(name, run);
    const result = await check();
    // A later change of the same field has started a newer check.
    if (state.current.checks.get(name) !== run) return;
    const error = (result.errors as Record<string, unknown>)[name];
    setErrors((previous) => {
      const next: Record<string, unknown> = { ...previous };
      if (error) next[name] = error;
      else delete next[name];
      return next as FieldErrors<TInput>;
    });
  }

  /** The props of the input for `name`: stable, so the input keeps its node and caret across renders. */
  function register(name: Path<TInput>): TLightRegistration<Path<TInput>> {
    const known = registrations.current.get(name);
    if (known) return known as TLightRegistration<Path<TInput>>;
    const initial = values.current[name];
    const registration: TLightRegistration<Path<TInput>> = {
      name,
      ...(typeof initial === "boolean"
        ? { defaultChecked: initial }
        : initial === undefined
          ? {}
          : { defaultValue: String(initial) }),
      ref: (element: TFieldElement | null) => {
        if (!element) return;
        // First seen: the input is the truth (typed before scripts ran, restored or filled in by the
        // browser). Seen again (a field hidden and shown again): it gets back what was in it.
        if (!state.current.attached.has(name)) {
          state.current.attached.add(name);
          values.current[name] = isCheckbox(element) ? element.checked : element.value;
        } else if (isCheckbox(element)) element.checked = Boolean(values.current[name]);
        else element.value = String(values.current[name] ?? "");
      },
      onChange: async (event: { target: EventTarget | null }) => {
        const element = event.target as TFieldElement;
        values.current[name] = isCheckbox(element) ? element.checked : element.value;
        state.current.changed.add(name);
        if (watched.current.has(name)) setWatchedChanges((count) => count + 1);
        // A shown error follows the typing, so it goes the moment the field is right.
        if (name in state.current.errors) await recheck(name);
      },
      onBlur: async () => {
        if (Date.now() < state.current.blurHeldUntil) return;
        if (state.current.changed.has(name) || state.current.isSubmitted) await recheck(name);
      },
    };
    registrations.current.set(name, registration);
    return registration;
  }

  /** The current value of a field; the form renders again when it changes. */
  function watch<TName extends Path<TInput>>(name: TName): TInput[TName] | undefined {
    watched.current.add(name);
    return values.current[name] as TInput[TName] | undefined;
  }

  function getValues(): TInput;
  function getValues<TName extends Path<TInput>>(name: TName): TInput[TName] | undefined;
  function getValues(name?: string) {
    return name === undefined ? ({ ...values.current } as TInput) : values.current[name];
  }

  function setError(name: Path<TInput>, error: { message: string }) {
    setErrors((previous) => ({ ...previous, [name]: { type: "server", ...error } }));
  }

  /**
   * The person is pressing the submit button: the field they leave is checked by the submit, not on its
   * way out — an error appearing then would move the button from under their finger before the click lands.
   */
  function holdBlurChecks() {
    state.current.blurHeldUntil = Date.now() + BLUR_HOLD_MS;
  }

  /** Forgets a field's error (the files field's, once other files are chosen). */
  function clearError(name: string) {
    setErrors((previous) => {
      if (!(name in previous)) return previous;
      const next: Record<string, unknown> = { ...previous };
      delete next[name];
      return next as FieldErrors<TInput>;
    });
  }

  /** Puts the server's field errors (already in the user's language) on the fields. */
  function setServerErrors(messages: Record<string, string>) {
    state.current.isSubmitted = true;
    setErrors((previous) => ({ ...previous, ...fromMessages<TInput>(messages) }));
  }

  function handleSubmit(onValid: (data: TOutput) => unknown, onInvalid?: () => void) {
    return async (event?: FormEvent) => {
      event?.preventDefault();
      if (state.current.isSubmitting) return;
      state.current.isSubmitting = true;
      state.current.isSubmitted = true;
      state.current.blurHeldUntil = 0;
      setIsSubmitting(true);
      try {
        const result = await check();
        setErrors(() => result.errors);
        if (Object.keys(result.errors).length === 0) await onValid(result.values as TOutput);
        else onInvalid?.();
      } finally {
        state.current.isSubmitting = false;
        setIsSubmitting(false);
      }
    };
  }

  return {
    register,
    watch,
    getValues,
    setError,
    setServerErrors,
    clearError,
    holdBlurChecks,
    handleSubmit,
    formState: { errors, isSubmitting },
  };
}

/** What `register` gives an input: react-hook-form's props, and the value to render on the server. */
export type TLightRegistration<TName extends string = string> = UseFormRegisterReturn<TName> & {
  defaultValue?: string;
  defaultChecked?: boolean;
};

function fromMessages<TInput extends FieldValues>(messages: Record<string, string> | undefined): FieldErrors<TInput> {
  const errors: Record<string, { type: string; message: string }> = {};
  for (const [name, message] of Object.entries(messages ?? {})) errors[name] = { type: "server", message };
  return errors as FieldErrors<TInput>;
}

type TLightFormFields = {
  register: (name: string) => TLightRegistration;
  formState: { errors: Partial<Record<string, { message?: string }>> };
};

const LightFormContext = createContext<TLightFormFields | null>(null);

/** Gives field groups inside (ApplicantFields) the form's register and errors. */
export function LightFormProvider<TInput extends FieldValues, TOutput>({
  form,
  children,
}: {
  form: ReturnType<typeof useLightForm<TInput, TOutput>>;
  children: ReactNode;
}) {
  return createElement(LightFormContext.Provider, { value: form as unknown as TLightFormFields }, children);
}

export function useLightFormContext(): TLightFormFields {
  const form = useContext(LightFormContext);
  if (!form) throw new Error("useLightFormContext needs a LightFormProvider around it");
  return form;
}
