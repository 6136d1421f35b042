import * as z from "@/lib/validation/z";

import { API_SCOPES } from "./scopes";

// Messages are catalogue keys, translated where they are shown (form or server).

export const ZIssueApiKey = z.object({
  name: z.typedText().trim().min(1, "validation.required").max(100, "validation.tooLong"),
  scopes: z
    .array(z.enum(API_SCOPES, "validation.invalid"), "apiKeys.scopesRequired")
    .min(1, "apiKeys.scopesRequired")
    .max(API_SCOPES.length, "validation.invalid")
    // A scope ticked twice is one scope.
    .transform((scopes) => [...new Set(scopes)]),
});
export type TIssueApiKeyInput = z.input<typeof ZIssueApiKey>;
export type TIssueApiKey = z.output<typeof ZIssueApiKey>;

export const ZRevokeApiKey = z.object({ id: z.uuid("validation.invalid") });
export type TRevokeApiKey = z.output<typeof ZRevokeApiKey>;
