import "server-only";

import { ATTACHMENT_LIMITS, inspectUploads, type TInspectedFile } from "@/lib/attachments";

/** A file the case did not take, listed in the event's data for staff to see. */
export type TRefusedFile = { fileName: string; reason: string };

/**
 * The files of an email as a case takes them: each checked like an upload, the ones that pass kept (up
 * to the usual number), the others named with the reason — a mail cannot be sent back to be fixed like
 * a form, so one bad file does not refuse the rest.
 */
export async function inspectEmailAttachments(
  attachments: { fileName: string; content: Buffer }[],
): Promise<{ accepted: TInspectedFile[]; refused: TRefusedFile[] }> {
  const accepted: TInspectedFile[] = [];
  const refused: TRefusedFile[] = [];
  for (const attachment of attachments) {
    const file = new File([new Uint8Array(attachment.content)], attachment.fileName);
    const result = await inspectUploads([file]);
    if (!result.ok) {
      refused.push(
        ...result.errors.map((error) => ({
          fileName: error.fileName || attachment.fileName,
          reason: error.messageKey,
        })),
      );
    } else if (accepted.length >= ATTACHMENT_LIMITS.maxFiles) {
      refused.push({ fileName: result.files[0].fileName, reason: "attachments.tooMany" });
    } else {
      accepted.push(...result.files);
    }
  }
  return { accepted, refused };
}
