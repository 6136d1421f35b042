"use client";

import { clsx } from "clsx";
import { useRef, useState, type ChangeEvent } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";
import { FieldError, fieldErrorId } from "@/components/ui/field-error";
import { checkChosenFiles } from "@/lib/attachments/check-chosen-files";
import { ATTACHMENT_ACCEPT, ATTACHMENT_LIMITS, ATTACHMENT_MAX_MB } from "@/lib/attachments/limits";
import { fileSize } from "@/lib/i18n/format-size";

/**
 * Keeps the input's own file list equal to the chosen files, so a form read with `new FormData(form)`
 * sends exactly what the list shows. Browsers without a constructible DataTransfer keep the last pick;
 * forms that use `onChange` are unaffected.
 */
function syncInput(input: HTMLInputElement | null, files: File[]) {
  if (!input || typeof DataTransfer === "undefined") return;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
}

/**
 * Photos and scans for a case: a native file input (keyboard and screen-reader friendly, and on phones it
 * offers both the camera and the gallery because `capture` is not set), the chosen files with their sizes
 * and a remove button each, the limits as a hint, and quick checks of count and size. The server checks
 * everything again, the type by the content. Each pick adds to the list. To clear it, remount the field
 * (change its `key`).
 */
export function FileUploadField({
  id,
  name = "attachments",
  label,
  hint,
  error,
  disabled,
  maxFiles = ATTACHMENT_LIMITS.maxFiles,
  allowance,
  onChange,
}: {
  id: string;
  name?: string;
  label?: string;
  hint?: string;
  /** From the server, already in the user's language. */
  error?: string;
  disabled?: boolean;
  /** Fewer than a request may carry when the day's allowance leaves fewer; 0 turns the field off. */
  maxFiles?: number;
  /** What is left of the day's allowance, in the user's language, read with the hint. */
  allowance?: string;
  onChange?: (files: File[]) => void;
}) {
  const t = useTexts("attachments");
  const tAll = useTexts();
  const inputRef = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<string[]>([]);

  function update(next: File[]) {
    setFiles(next);
    syncInput(inputRef.current, next);
    onChange?.(next);
  }

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const checked = checkChosenFiles(files, Array.from(event.target.files ?? []), maxFiles);
    setProblems(checked.errors.map((problem) => tAll(problem.messageKey, problem.values)));
    update(checked.files);
  }

  function onRemove(index: number) {
    setProblems([]);
    update(files.filter((_, i) => i !== index));
    // The button just pressed is gone; keep the keyboard user in the field rather than at the page's top.
    inputRef.current?.focus();
  }

  function sizeOf(bytes: number): string {
    const { key, size } = fileSize(bytes, t.locale);
    return t(key, { size });
  }

  const messages = [...(error ? [error] : []), ...problems];
  const describedBy = [`${id}-hint`, messages.length > 0 ? fieldErrorId(id) : null].filter(Boolean).join(" ");
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="font-medium">
        {label ?? t("label")}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint ?? t("hint", { maxFiles: ATTACHMENT_LIMITS.maxFiles, maxMb: ATTACHMENT_MAX_MB })}
        {allowance ? (
          <>
            {" "}
            <span data-testid="upload-allowance">{allowance}</span>
          </>
        ) : null}
      </p>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        disabled={disabled || maxFiles < 1}
        onChange={onPick}
        aria-invalid={messages.length > 0}
        aria-describedby={describedBy}
        className={clsx(
          "w-full text-base text-ink",
          "file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-lg file:border file:border-line file:bg-white file:px-4",
          "file:font-medium file:text-ink hover:file:bg-brand-50",
        )}
      />
      <FieldError id={id} message={messages} />
      <p className="sr-only" aria-live="polite">
        {t("chosenCount", { count: files.length })}
      </p>
      {files.length > 0 ? (
        <ul className="flex flex-col gap-2" aria-label={t("chosenCount", { count: files.length })}>
          {files.map((file, index) => (
            <li
              key={`${file.name}-${file.size}-${file.lastModified}`}
              className="flex items-center gap-3 rounded-lg border border-line px-3 py-1"
            >
              <span className="min-w-0 flex-1 break-words">{file.name}</span>
              <span className="text-sm whitespace-nowrap text-muted">{sizeOf(file.size)}</span>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={disabled}
                aria-label={t("removeFile", { name: file.name })}
                onClick={() => onRemove(index)}
              >
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
