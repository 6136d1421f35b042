/**
 * `text` with `part` kept on one line: a case number («Ж-2026-000123») has hyphens a line may break at, and
 * half a number on each line reads as two. The text comes whole from the catalogue, so the part is found in it.
 */
export function KeepWhole({ text, part }: { text: string; part: string }) {
  const at = part ? text.indexOf(part) : -1;
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span className="whitespace-nowrap">{part}</span>
      {text.slice(at + part.length)}
    </>
  );
}
