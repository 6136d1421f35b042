"use client";

import { useEffect, useRef } from "react";

import { useTexts } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { HIDEABLE_INBOX_COLUMNS } from "@/lib/inbox/columns";

import { useInboxColumns } from "./column-visibility";

/**
 * «Столбцы»: a disclosure with a checkbox per column the staff member may hide. A <details>, so it opens with
 * Enter or Space on its summary and reads as expanded or collapsed; Escape or a click elsewhere closes it.
 * Marked data-menu: the list does not refresh itself while it is open.
 */
export function ColumnMenu() {
  const t = useTexts("inbox");
  const { visibility, onChange, error } = useInboxColumns();
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const onPointer = (event: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(event.target as Node)) menu.current.open = false;
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, []);

  return (
    <details
      ref={menu}
      data-menu
      className="relative"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !menu.current?.open) return;
        menu.current.open = false;
        menu.current.querySelector("summary")?.focus();
      }}
    >
      <summary className="flex min-h-9 cursor-pointer list-none items-center gap-1 rounded-md border border-line bg-white px-3 text-sm hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
        {t("columnMenu.button")}
        <span aria-hidden="true">▾</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-64 rounded-lg border border-line bg-white p-3 shadow-lg">
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium">{t("columnMenu.legend")}</legend>
          {HIDEABLE_INBOX_COLUMNS.map((id) => (
            <label key={id} className="flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-5"
                checked={visibility[id] !== false}
                onChange={(event) => onChange((current) => ({ ...current, [id]: event.target.checked }))}
              />
              {t(`columns.${id}`)}
            </label>
          ))}
        </fieldset>
        {error ? (
          <div className="mt-2">
            <Alert tone="danger">{error}</Alert>
          </div>
        ) : null}
      </div>
    </details>
  );
}
