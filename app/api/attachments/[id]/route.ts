import { ApiError } from "@/lib/api/api-error";
import { defineRoute } from "@/lib/api/define-route";
import { findAttachmentForApplicant, findAttachmentForStaff } from "@/lib/attachments/find-attachment";
import { attachmentHeaders } from "@/lib/attachments/response-headers";
import { ZAttachmentRequest } from "@/lib/attachments/schemas";
import { getCurrentUser } from "@/lib/auth/current-user";
import { logger } from "@/lib/log/logger";
import { getStorage } from "@/lib/storage/get-storage";

export const dynamic = "force-dynamic";

// The same answer for "no such file" and "not yours", so a guessed id reveals nothing.
const notFound = () => new ApiError(404, "routes.notFound");

async function findForStaff(id: string) {
  const user = await getCurrentUser();
  return user?.kind === "staff" ? findAttachmentForStaff(id, user) : null;
}

/**
 * A case's attachment, for the applicant (their status-link token in `?token=`) or for staff who may see
 * the case (their session). A token decides alone: a wrong one is not retried as a session. Who may see it
 * depends on the file's case, so it is decided here rather than by the pipeline's `authorize`.
 */
export const GET = defineRoute<{ id: string }>({
  name: "readAttachment",
  handle: async ({ request, params, requestId }) => {
    const query = request.nextUrl.searchParams;
    const parsed = ZAttachmentRequest.safeParse({
      id: params.id,
      token: query.get("token") ?? undefined,
      download: query.get("download") ?? undefined,
    });
    if (!parsed.success) throw notFound();
    const { id, token, download } = parsed.data;

    const attachment = token ? await findAttachmentForApplicant(id, token) : await findForStaff(id);
    if (!attachment) throw notFound();

    const file = await getStorage().get(attachment.storageKey);
    if (!file) {
      // A row without its file: storage lost it or someone deleted it by hand. Staff need to know.
      logger.error({ requestId, attachmentId: id }, "attachment file is missing from storage");
      throw notFound();
    }
    return new Response(file.body, {
      headers: attachmentHeaders({ ...attachment, size: file.size }, { isDownload: download === "1" }),
    });
  },
});
