/**
 * Where an attachment is fetched: with the applicant's status-link token on the status page, without one
 * in the console (the staff session decides there). `download` asks for a file to save rather than a view.
 */
export function attachmentHref(
  attachmentId: string,
  options: { statusToken?: string; download?: boolean } = {},
): string {
  const query = new URLSearchParams();
  if (options.statusToken) query.set("token", options.statusToken);
  if (options.download) query.set("download", "1");
  const search = query.toString();
  return `/api/attachments/${encodeURIComponent(attachmentId)}${search ? `?${search}` : ""}`;
}
