"use server";

import { defineAction } from "@/lib/action/define-action";
import { submitQuestionnaire } from "@/lib/club/membership";
import { ZMembershipQuestionnaire } from "@/lib/club/schemas";
import { requestContext } from "@/lib/http/request-context";

// Joining is open to anyone; the honeypot, limits per client and email, and the emailed confirmation hold
// off abuse.
export const submitQuestionnaireAction = defineAction({
  name: "submitQuestionnaire",
  schema: ZMembershipQuestionnaire,
  authorize: async () => null,
  run: async (input) => submitQuestionnaire(input, await requestContext()),
});
