"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { ZSubmission } from "@/lib/action/submission";
import { rateAnswer } from "@/lib/cases/answer-rating";
import { addApplicantInformation } from "@/lib/cases/applicant-updates";
import { inspectOrFail } from "@/lib/cases/inspect-or-fail";
import { reissueStatusLink } from "@/lib/cases/reissue-status-link";
import { ZApplicantComment, ZRateAnswer, ZReissueStatusLink } from "@/lib/cases/schemas";
import { requestContext } from "@/lib/http/request-context";

// The secret token in the input is the authorization; the domain functions check it belongs to a case.
const tokenHolder = async () => null;

export const addInformationAction = defineAction({
  name: "addInformation",
  schema: ZSubmission(ZApplicantComment),
  authorize: tokenHolder,
  run: async ({ files, token, text }) => {
    const [inspected, { ip }] = await Promise.all([inspectOrFail(files), requestContext()]);
    const result = await addApplicantInformation({ token, text, files: inspected, ip });
    revalidatePath(`/status/${token}`);
    return result;
  },
});

export const rateAnswerAction = defineAction({
  name: "rateAnswer",
  schema: ZRateAnswer,
  authorize: tokenHolder,
  run: async (input) => {
    const result = await rateAnswer(input);
    revalidatePath(`/status/${input.token}`);
    return result;
  },
});

export const reissueStatusLinkAction = defineAction({
  name: "reissueStatusLink",
  schema: ZReissueStatusLink,
  authorize: tokenHolder,
  run: async ({ token }) => {
    await reissueStatusLink(token);
    // Not revalidated: the page keeps saying where the new link went; the old address now finds no case.
    return { isSent: true };
  },
});
