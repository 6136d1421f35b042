/**
 * What the console's keys act on, found by the data attributes the pages put on their elements
 * (data-shortcut="…", data-case-row with data-case-number), so no page has to know about the keys.
 */

const CURSOR = "data-shortcut-cursor";
const LIST_KEY = "console.caseList";

/** The list an operator opened cases from: its URL and the case numbers in its order. */
export type TCaseList = { href: string; numbers: string[] };

/** Typing belongs to the field: letters there are text, not commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest("input, textarea, select") !== null;
}

/** Enter on a link, a button or a summary is theirs to handle. */
export function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest("a[href], button, summary, [role='button']") !== null;
}

/** A modal dialog of a page (not the keys' own overlay) owns the keyboard while it is open. */
export function isOtherDialogOpen(own: HTMLDialogElement | null): boolean {
  return [...document.querySelectorAll("dialog[open], [aria-modal='true']")].some((element) => element !== own);
}

export function caseRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>("[data-case-row]")].filter((row) => row.getClientRects().length);
}

/** Whether the focus is on the inbox table (its scrolling region) or inside one of its rows. */
export function isInCaseTable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest("[data-case-row]")) return true;
  return target.matches("table, [role='region'], [role='grid']") && target.querySelector("[data-case-row]") !== null;
}

/** Shows the row cursor: an outline the rows' own colours do not hide, and aria-current for screen readers. */
export function markCursor(number: string | null): HTMLElement | undefined {
  for (const row of document.querySelectorAll<HTMLElement>(`[${CURSOR}]`)) {
    if (row.dataset.caseNumber === number) continue;
    row.removeAttribute(CURSOR);
    row.removeAttribute("aria-current");
    row.style.removeProperty("outline");
    row.style.removeProperty("outline-offset");
  }
  const row = caseRows().find((candidate) => candidate.dataset.caseNumber === number);
  if (!row || row.hasAttribute(CURSOR)) return row;
  row.setAttribute(CURSOR, "");
  row.setAttribute("aria-current", "true");
  row.style.outline = "3px solid var(--color-brand-600)";
  row.style.outlineOffset = "-3px";
  return row;
}

/** The row's link to its case (the number), whichever column it sits in. */
export function caseLink(row: HTMLElement): HTMLAnchorElement | null {
  const href = caseHref(row.dataset.caseNumber ?? "");
  const links = [...row.querySelectorAll<HTMLAnchorElement>("a[href]")];
  return links.find((link) => link.getAttribute("href") === href) ?? links[0] ?? null;
}

/** Opens the folds a target sits in (a collapsed filter panel), then brings it into view and focuses it. */
export function focusTarget(name: string): boolean {
  const target = document.querySelector<HTMLElement>(`[data-shortcut="${name}"]`);
  if (!target) return false;
  for (let fold = target.closest("details"); fold; fold = fold.parentElement?.closest("details") ?? null) {
    fold.open = true;
  }
  target.scrollIntoView({ block: "center" });
  target.focus();
  return document.activeElement === target;
}

/** Presses a marked button, unless it is disabled (already done, or waiting for an answer). */
export function pressTarget(name: string): boolean {
  const target = document.querySelector<HTMLButtonElement>(`[data-shortcut="${name}"]`);
  if (!target || target.disabled) return false;
  target.click();
  return true;
}

/** Remembers the inbox rows as shown, so a case opened from them can step to its neighbours. */
export function rememberCaseList(): void {
  const numbers = caseRows().flatMap((row) => (row.dataset.caseNumber ? [row.dataset.caseNumber] : []));
  if (numbers.length === 0 || window.location.pathname !== "/console/cases") return;
  const list: TCaseList = { href: window.location.pathname + window.location.search, numbers };
  try {
    window.sessionStorage.setItem(LIST_KEY, JSON.stringify(list));
  } catch {
    // Storage refused (private mode, full): the case keys then say there is no list.
  }
}

export function readCaseList(): TCaseList | null {
  try {
    const list = JSON.parse(window.sessionStorage.getItem(LIST_KEY) ?? "null") as TCaseList | null;
    return list && typeof list.href === "string" && Array.isArray(list.numbers) ? list : null;
  } catch {
    return null;
  }
}

/** The case number a case page shows, from its path. */
export function currentCaseNumber(pathname: string): string {
  return decodeURIComponent(pathname.slice("/console/cases/".length));
}

export const caseHref = (number: string) => `/console/cases/${encodeURIComponent(number)}`;
