/**
 * The console's keys, as data: the handler (components/console/shortcuts.tsx) and the help overlay
 * (shortcuts-help.tsx) both read this list, so what the overlay promises is what the keys do. Single letters without modifiers, as in
 * the helpdesks operators know (Gmail, Zammad); a sequence such as "g i" is two presses in a row.
 */

/** Where a key works: the inbox, one case's page, or anywhere in the console. */
export const SHORTCUT_PLACES = ["console", "inbox", "case"] as const;
export type TShortcutPlace = (typeof SHORTCUT_PLACES)[number];

export type TShortcutAction =
  | "help"
  | "goInbox"
  | "goOverview"
  | "rowNext"
  | "rowPrevious"
  | "rowOpen"
  | "rowToggle"
  | "search"
  | "caseNext"
  | "casePrevious"
  | "backToList"
  | "reply"
  | "note"
  | "assignMe"
  | "status";

export type TShortcut = {
  place: TShortcutPlace;
  action: TShortcutAction;
  /** Key names as the handler compares them (lower-case letters, "/", "?", "Enter"); "g i" is a sequence. */
  keys: readonly string[];
  /** Keys that work only while the inbox table (or a row in it) has the focus: arrows scroll elsewhere. */
  tableKeys?: readonly string[];
};

export const SHORTCUTS: readonly TShortcut[] = [
  { place: "console", action: "help", keys: ["?"] },
  { place: "console", action: "goInbox", keys: ["g i"] },
  { place: "console", action: "goOverview", keys: ["g h"] },
  { place: "inbox", action: "rowNext", keys: ["j"], tableKeys: ["ArrowDown"] },
  { place: "inbox", action: "rowPrevious", keys: ["k"], tableKeys: ["ArrowUp"] },
  { place: "inbox", action: "rowOpen", keys: ["Enter", "o"] },
  { place: "inbox", action: "rowToggle", keys: ["x"] },
  { place: "inbox", action: "search", keys: ["/"] },
  { place: "case", action: "caseNext", keys: ["j"] },
  { place: "case", action: "casePrevious", keys: ["k"] },
  { place: "case", action: "backToList", keys: ["u"] },
  { place: "case", action: "reply", keys: ["r"] },
  { place: "case", action: "note", keys: ["n"] },
  { place: "case", action: "assignMe", keys: ["a"] },
  { place: "case", action: "status", keys: ["s"] },
  { place: "case", action: "search", keys: ["/"] },
];

/** The first key of every sequence ("g"), so the handler knows to wait for the second. */
export const SEQUENCE_STARTS: ReadonlySet<string> = new Set(
  SHORTCUTS.flatMap((shortcut) => shortcut.keys)
    .filter((key) => key.includes(" "))
    .map((key) => key.split(" ")[0]),
);

/** The shortcut a key (or a sequence) starts in a place, the console-wide ones included. */
export function findShortcut(
  place: TShortcutPlace | null,
  key: string,
  isInTable: boolean,
): TShortcutAction | undefined {
  const match = SHORTCUTS.find(
    (shortcut) =>
      (shortcut.place === place || shortcut.place === "console") &&
      (shortcut.keys.includes(key) || (isInTable && shortcut.tableKeys?.includes(key))),
  );
  return match?.action;
}

/** Which place a console path is: the inbox, a case, or neither (only the console-wide keys work). */
export function placeOf(pathname: string): TShortcutPlace | null {
  if (pathname === "/console/cases") return "inbox";
  if (/^\/console\/cases\/[^/]+$/.test(pathname) && pathname !== "/console/cases/export") return "case";
  return null;
}

/**
 * The key as the map names it. Letters come from the physical key when the layout types something else
 * (a Russian layout's "о" is the J key), so the keys work without switching the keyboard to Latin.
 */
export function keyName(event: Pick<KeyboardEvent, "key" | "code" | "shiftKey">): string {
  if (/^[a-z]$/i.test(event.key)) return event.key.toLowerCase();
  if (event.key === "?" || event.key === "/") return event.key;
  if (/^Key[A-Z]$/.test(event.code)) return event.code.slice(3).toLowerCase();
  if (event.code === "Slash") return event.shiftKey ? "?" : "/";
  return event.key;
}
