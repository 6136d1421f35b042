"use client";

import { Fragment, type Ref } from "react";

import { useTexts } from "@/components/i18n/texts";
import { SHORTCUT_PLACES, SHORTCUTS, type TShortcutPlace } from "@/lib/console-shortcuts";

/** The case's place in the list it was opened from; null when it was not opened from one. */
export type TListPosition = { position: number; count: number } | null;

const KBD = "rounded border border-line bg-brand-50 px-1.5 py-0.5 font-mono text-sm";

/**
 * The keys, per place, in a modal dialog rendered from the key map; opened (showModal) with "?" or the
 * hint, closed with Escape or its button.
 */
export function ShortcutsHelp({
  ref,
  place,
  listPosition,
  onClose,
}: {
  ref: Ref<HTMLDialogElement>;
  place: TShortcutPlace | null;
  listPosition: TListPosition;
  /** Escape, the close button: the opener takes the focus back. */
  onClose: () => void;
}) {
  const t = useTexts("shortcuts");
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto max-h-[90vh] w-[min(44rem,calc(100vw-2rem))] overflow-y-auto rounded-xl p-6 text-ink shadow-xl backdrop:bg-black/40"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="shortcuts-title" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <form method="dialog">
          <button type="submit" className="min-h-11 rounded-lg border border-line px-4 hover:bg-brand-50">
            {t("close")}
          </button>
        </form>
      </div>
      <p className="mt-2 text-sm text-muted">{t("lead")}</p>
      {SHORTCUT_PLACES.map((shown) => (
        <table key={shown} className="mt-4 w-full border-collapse text-left text-sm">
          <caption className="mb-1 text-left font-semibold">
            {t(`places.${shown}`)}
            {shown === place ? <span className="font-normal text-muted"> — {t("here")}</span> : null}
          </caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{t("key")}</th>
              <th scope="col">{t("action")}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.filter((shortcut) => shortcut.place === shown).map((shortcut) => (
              <tr key={shortcut.action} className="border-t border-line">
                <td className="w-48 py-1.5 pr-3 whitespace-nowrap">
                  <Keys keys={shortcut.keys} tableKeys={shortcut.tableKeys} />
                </td>
                <td className="py-1.5">{t(`actions.${shortcut.action}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {place === "case" ? (
        <p className="mt-3 text-sm" data-testid="shortcuts-list-position">
          {listPosition ? t("listPosition", listPosition) : t("noList")}
        </p>
      ) : null}
    </dialog>
  );
}

/** One action's keys: "j", "Enter or o", "g then i", "↓ in the table". */
function Keys({ keys, tableKeys = [] }: { keys: readonly string[]; tableKeys?: readonly string[] }) {
  const t = useTexts("shortcuts");
  const one = (key: string) =>
    key.split(" ").map((part, index) => (
      <Fragment key={part}>
        {index > 0 ? ` ${t("then")} ` : null}
        <Key name={part} />
      </Fragment>
    ));
  return (
    <>
      {keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? ` ${t("or")} ` : null}
          {one(key)}
        </Fragment>
      ))}
      {tableKeys.map((key) => (
        <Fragment key={key}>
          {` ${t("or")} `}
          <Key name={key} /> {t("inTable")}
        </Fragment>
      ))}
    </>
  );
}

function Key({ name }: { name: string }) {
  const t = useTexts("shortcuts");
  if (!t.has(`keyNames.${name}.name`)) return <kbd className={KBD}>{name}</kbd>;
  return (
    <kbd className={KBD}>
      <span aria-hidden="true">{t(`keyNames.${name}.symbol`)}</span>
      <span className="sr-only">{t(`keyNames.${name}.name`)}</span>
    </kbd>
  );
}
