"use client";

import { createContext, createElement, useContext, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { FieldErrors, FieldValues, Path, Resolver, UseFormRegisterReturn } from "react-hook-form";

type TFieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isCheckbox(element: TFieldElement): element is HTMLInputElement {
  return element instanceof HTMLInputElement && element.type === "checkbox";
}

/**
 * A small form state for the public desk's phone pages, in the manner of react-hook-form (whose ~13 KB
 * would not fit their JavaScript budget): uncontrolled inputs through `register(name)`, a react-hook-form
 * resolver (lazyZodResolver: the schema the server uses), errors shown from the first submit and then
 * checked again on every change of a field, values kept when a field is hidden and shown again, and one
 * submission at a time. A checkbox's value is whether it is ticked.
 */
export function useLightForm<TInput extends FieldValues, TOutput>({
  resolver,
  defaultValues,
}: {
  resolver: Resolver<TInput, unknown, TOutput>;
  defaultValues: Partial<TInput>;
}) {
  const values = useRef<Record<string, unknown>>({ ...defaultValues });
  const [errors, setErrors] = useState<FieldErrors<TInput>>({});
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [, setWatchedChanges] = useState(0);
  const state = useRef({ isSubmitted: false, isSubmitting: false, checks: new Map<string, number>() });
  const watched = useRef(new Set<string>());
  const registrations = useRef(new Map<string, UseFormRegisterReturn>());

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
  function register(name: Path<TInput>): UseFormRegisterReturn<Path<TInput>> {
    const known = registrations.current.get(name);
    if (known) return known as UseFormRegisterReturn<Path<TInput>>;
    const registration: UseFormRegisterReturn<Path<TInput>> = {
      name,
      ref: (element: TFieldElement | null) => {
        if (!element) return;
        const value = values.current[name];
        // A field without a default takes what the browser put in it (a restored form, autofill).
        if (value === undefined) values.current[name] = isCheckbox(element) ? element.checked : element.value;
        else if (isCheckbox(element)) element.checked = Boolean(value);
        else element.value = String(value);
      },
      onChange: async (event: { target: EventTarget | null }) => {
        const element = event.target as TFieldElement;
        values.current[name] = isCheckbox(element) ? element.checked : element.value;
        if (watched.current.has(name)) setWatchedChanges((count) => count + 1);
        if (state.current.isSubmitted) await recheck(name);
      },
      onBlur: async () => {},
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

  function handleSubmit(onValid: (data: TOutput) => unknown) {
    return async (event?: FormEvent) => {
      event?.preventDefault();
      if (state.current.isSubmitting) return;
      state.current.isSubmitting = true;
      state.current.isSubmitted = true;
      setIsSubmitting(true);
      try {
        const result = await check();
        setErrors(result.errors);
        if (Object.keys(result.errors).length === 0) await onValid(result.values as TOutput);
      } finally {
        state.current.isSubmitting = false;
        setIsSubmitting(false);
      }
    };
  }

  return { register, watch, getValues, setError, handleSubmit, formState: { errors, isSubmitting } };
}

type TLightFormFields = {
  register: (name: string) => UseFormRegisterReturn;
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
