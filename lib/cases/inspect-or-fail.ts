import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { inspectUploads, type TInspectedFile } from "@/lib/attachments";

/** The files, checked by content and limits; the first problem is reported on the attachments field. */
export async function inspectOrFail(files: File[]): Promise<TInspectedFile[]> {
  if (files.length === 0) return [];
  const inspected = await inspectUploads(files);
  if (inspected.ok) return inspected.files;
  const [first] = inspected.errors;
  throw new ActionError("INVALID", first.messageKey, { name: first.fileName, ...first.values }, "attachments");
}
