/**
 * Mail no person wrote: bounces, "out of office" answers, mailing lists. Filed, they would open cases
 * nobody asked for, put a waiting case back to work, or answer an auto-responder that answers back (a mail
 * loop). RFC 3834's Auto-Submitted header, the older Precedence / X-Autoreply conventions, delivery
 * reports (multipart/report) and the system senders that send bounces.
 */
export function isAutomaticMail(input: {
  headers: Map<string, unknown>;
  contentType: string;
  sender: string | null;
}): boolean {
  const header = (name: string) => {
    const value = input.headers.get(name);
    return typeof value === "string"
      ? value.trim().toLowerCase()
      : value === undefined
        ? undefined
        : String(value).toLowerCase();
  };
  const autoSubmitted = header("auto-submitted");
  if (autoSubmitted && autoSubmitted !== "no") return true;
  if (["bulk", "junk", "list", "auto_reply"].includes(header("precedence") ?? "")) return true;
  if (header("x-autoreply") || header("x-autorespond")) return true;
  if (header("list-id") || header("list-unsubscribe")) return true;
  if (input.contentType.toLowerCase().startsWith("multipart/report")) return true;
  const local = input.sender?.split("@")[0] ?? "";
  return ["mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply", "donotreply"].includes(local);
}
