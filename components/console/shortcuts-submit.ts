/**
 * Ctrl+Enter (⌘+Enter on a Mac) in the reply's or the note's text sends it, as in the mail clients
 * operators know. The form's own submit runs, with its checks; a form that handles the keys itself
 * prevents the default, and this then stays out of its way.
 */
export function submitFromField(event: KeyboardEvent): void {
  const field = event.target;
  if (!(field instanceof HTMLTextAreaElement) || !field.form) return;
  const isReplyOrNote =
    field.matches("[data-shortcut='reply'], [data-shortcut='note']") ||
    field.form.querySelector("[data-shortcut='reply'], [data-shortcut='note']") !== null;
  if (!isReplyOrNote) return;
  event.preventDefault();
  field.form.requestSubmit();
}
