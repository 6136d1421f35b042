"use server";

import { revalidatePath } from "next/cache";

import { defineAction } from "@/lib/action/define-action";
import { formAction } from "@/lib/action/form-action";
import { ZFormFields, ZSubmission } from "@/lib/action/submission";
import { rateAnswer } from "@/lib/cases/answer-rating";
import { addApplicantInformation } from "@/lib/cases/applicant-updates";
import { inspectOrFail } from "@/lib/cases/inspect-or-fail";
import { reissueStatusLink } from "@/lib/cases/reissue-status-link";
import { rememberReissuedLink } from "@/lib/cases/reissued-link-cookie";
import { ZApplicantComment, ZRateAnswer, ZReissueStatusLink } from "@/lib/cases/schemas";
import { requestContext } from "@/lib/http/request-context";

// The secret token in the input is the authorization; the domain functions check it belongs to a case.
const tokenHolder = async () => null;

export const addInformationAction = defineAction({
  name: "addInformation",
  schema: ZSubmission(ZApplicantComment),
  authorize: tokenHolder,
  run: async ({ files, token, text, idempotencyKey }) => {
    const [inspected, { ip }] = await Promise.all([inspectOrFail(files), requestContext()]);
    // The key makes a reload that posts the form again, or a double click, add the comment once.
    const result = await addApplicantInformation({ token, text, files: inspected, ip, idempotencyKey });
    revalidatePath(`/status/${token}`);
    return result;
  },
});

export const rateAnswerAction = defineAction({
  name: "rateAnswer",
  schema: ZFormFields(ZRateAnswer),
  authorize: tokenHolder,
  run: async (input) => {
    const result = await rateAnswer(input);
    revalidatePath(`/status/${input.token}`);
    return result;
  },
});

export const reissueStatusLinkAction = defineAction({
  name: "reissueStatusLink",
  schema: ZFormFields(ZReissueStatusLink),
  authorize: tokenHolder,
  run: async ({ token }) => {
    await reissueStatusLink(token);
    // The old address now finds no case; this browser is told there where the new link went, also when
    // the page comes back from a form posted without scripts. The new link is never shown.
    await rememberReissuedLink(token);
    return { isSent: true };
  },
});

// The three as the status page's forms post them (useActionState): with or without scripts, the answer,
// or the refusal with what was typed.
export const addInformationForm = formAction(addInformationAction);
export const rateAnswerForm = formAction(rateAnswerAction);
export const reissueStatusLinkForm = formAction(reissueStatusLinkAction);
