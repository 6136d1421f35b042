import type { NextRequest } from "next/server";

import { findAttachmentForApplicant, findAttachmentForStaff } from "@/lib/attachments/find-attachment";
import { attachmentHeaders } from "@/lib/attachments/response-headers";
import { ZAttachmentRequest } from "@/lib/attachments/schemas";
import { getCurrentUser } from "@/lib/auth/current-user";
import { logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER } from "@/lib/log/request-logger";
import { getStorage } from "@/lib/storage/get-storage";

export const dynamic = "force-dynamic";

// The same answer for "no such file" and "not yours", so a guessed id reveals nothing.
function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain" } });
}

async function findForStaff(id: string) {
  const user = await getCurrentUser();
  return user?.kind === "staff" ? findAttachmentForStaff(id, user) : null;
}

/**
 * A case's attachment, for the applicant (their status-link token in `?token=`) or for staff who may see
 * the case (their session). A token decides alone: a wrong one is not retried as a session.
 */
export async function GET(request: NextRequest, context: RouteContext<"/api/attachments/[id]">) {
  const query = request.nextUrl.searchParams;
  const parsed = ZAttachmentRequest.safeParse({
    id: (await context.params).id,
    token: query.get("token") ?? undefined,
    download: query.get("download") ?? undefined,
  });
  if (!parsed.success) return notFound();
  const { id, token, download } = parsed.data;

  const attachment = token ? await findAttachmentForApplicant(id, token) : await findForStaff(id);
  if (!attachment) return notFound();

  const file = await getStorage().get(attachment.storageKey);
  if (!file) {
    // A row without its file: storage lost it or someone deleted it by hand. Staff need to know.
    logger.error({ requestId: request.headers.get(REQUEST_ID_HEADER), attachmentId: id }, "attachment file is missing from storage");
    return notFound();
  }
  return new Response(file.body, {
    headers: attachmentHeaders({ ...attachment, size: file.size }, { isDownload: download === "1" }),
  });
}
