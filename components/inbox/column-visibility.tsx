"use client";

import type { ColumnVisibilityState, Updater } from "@tanstack/react-table";
import { createContext, useContext, useState, type ReactNode } from "react";

import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import { HIDEABLE_INBOX_COLUMNS, type TInboxColumn, type TInboxColumns } from "@/lib/inbox/columns";

type TInboxColumnsContext = {
  /** TanStack's column-visibility state: a hidden column is `false`. */
  visibility: ColumnVisibilityState;
  onChange: (updater: Updater<ColumnVisibilityState>) => void;
  error: string | null;
};

const InboxColumnsContext = createContext<TInboxColumnsContext | null>(null);

/**
 * The staff member's hidden columns, shared by the table and the «Столбцы» menu, which sits in the page's
 * heading row rather than beside the table. Starts from what the server read, so the first paint is right;
 * each change is saved whole.
 */
export function InboxColumnsProvider({
  hidden,
  save,
  children,
}: {
  hidden: TInboxColumn[];
  save: (input: TInboxColumns) => Promise<TActionResult<TInboxColumn[]>>;
  children: ReactNode;
}) {
  const [visibility, setVisibility] = useState<ColumnVisibilityState>(() =>
    Object.fromEntries(hidden.map((id) => [id, false])),
  );
  const saving = useAction(save, { refresh: false });
  const onChange = (updater: Updater<ColumnVisibilityState>) => {
    const next = typeof updater === "function" ? updater(visibility) : updater;
    setVisibility(next);
    void saving.run({ hidden: HIDEABLE_INBOX_COLUMNS.filter((id) => next[id] === false) });
  };
  return (
    <InboxColumnsContext.Provider value={{ visibility, onChange, error: saving.failure ?? null }}>
      {children}
    </InboxColumnsContext.Provider>
  );
}

export function useInboxColumns(): TInboxColumnsContext {
  const context = useContext(InboxColumnsContext);
  if (!context) throw new Error("useInboxColumns outside InboxColumnsProvider");
  return context;
}
