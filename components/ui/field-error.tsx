/** The id of a field's error, for the field's `aria-describedby`. */
export function fieldErrorId(id: string): string {
  return `${id}-error`;
}

/**
 * A field's error, with the id its control's `aria-describedby` points to: one message as a paragraph, several
 * as a list. Renders nothing when there is no message. `className` adds spacing.
 */
export function FieldError({
  id,
  message,
  className,
}: {
  id: string;
  message?: string | readonly string[];
  className?: string;
}) {
  if (!message || message.length === 0) return null;
  if (typeof message === "string") {
    return (
      <p id={fieldErrorId(id)} className={classes(className, "text-sm font-medium text-danger")}>
        {message}
      </p>
    );
  }
  return (
    <ul id={fieldErrorId(id)} className={classes(className, "flex flex-col gap-1 text-sm font-medium text-danger")}>
      {message.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function classes(extra: string | undefined, own: string): string {
  return extra ? `${extra} ${own}` : own;
}
