"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { issueApiKey } from "@/lib/api-keys/issue-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { ZIssueApiKey, ZRevokeApiKey } from "@/lib/api-keys/schemas";
import { requireAbility } from "@/lib/auth/current-user";

/** The key travels to the admin's browser in this answer, once; only its hash stays in the database. */
export const issueApiKeyAction = defineAction({
  name: "issueApiKey",
  schema: ZIssueApiKey,
  authorize: () => requireAbility("apiKey.manage"),
  run: async (input, actor) => {
    const issued = await issueApiKey(input, actor);
    revalidatePath("/console/api-keys");
    return issued;
  },
});

export const revokeApiKeyAction = defineAction({
  name: "revokeApiKey",
  schema: ZRevokeApiKey,
  authorize: () => requireAbility("apiKey.manage"),
  run: async (input, actor) => {
    const revoked = await revokeApiKey(input.id, actor);
    revalidatePath("/console/api-keys");
    return { name: revoked.name };
  },
});
