import * as z from "@/lib/validation/z";

/** The download route's input: the path's id and the query. Anything else answers 404. */
export const ZAttachmentRequest = z.object({
  id: z.uuid(),
  // Status tokens are 43 characters of base64url (lib/auth/tokens.ts); a little slack, no more.
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{20,128}$/)
    .optional(),
  download: z.literal("1").optional(),
});

export type TAttachmentRequest = z.output<typeof ZAttachmentRequest>;
