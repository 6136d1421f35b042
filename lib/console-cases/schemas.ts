import { CasePriority, CaseStatus } from "@/lib/generated/prisma/enums";
import * as z from "@/lib/validation/z";

import { UNANSWERED_GROUNDS } from "./outcomes";
import { REPLY_TARGETS } from "./status-choices";

// Messages are catalogue keys, translated where they are shown (form or server).

const ZId = z.uuid("validation.invalid");
const text = (max: number) => z.typedText().trim().min(1, "validation.required").max(max, "validation.tooLong");

export const ZUpdateCaseTriage = z.object({
  caseId: ZId,
  topicId: ZId.nullable().optional(),
  priority: z.enum(CasePriority, "validation.invalid").optional(),
  assigneeId: ZId.nullable().optional(),
  officePostcode: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "caseDetail.errors.postcode")
    .nullable()
    .optional(),
});
export type TUpdateCaseTriage = z.output<typeof ZUpdateCaseTriage>;
export type TUpdateCaseTriageInput = z.input<typeof ZUpdateCaseTriage>;

/** The one-click assignment: the assignee is whoever presses it. */
export const ZAssignCaseToMe = z.object({ caseId: ZId });
export type TAssignCaseToMe = z.output<typeof ZAssignCaseToMe>;
export type TAssignCaseToMeInput = z.input<typeof ZAssignCaseToMe>;

/** Any status: the lifecycle says whether the move may be made (and why not). */
export const ZChangeCaseStatus = z.object({ caseId: ZId, to: z.enum(CaseStatus, "validation.invalid") });
export type TChangeCaseStatus = z.output<typeof ZChangeCaseStatus>;
export type TChangeCaseStatusInput = z.input<typeof ZChangeCaseStatus>;

export const ZAddInternalNote = z.object({ caseId: ZId, body: text(5000) });
export type TAddInternalNote = z.output<typeof ZAddInternalNote>;
export type TAddInternalNoteInput = z.input<typeof ZAddInternalNote>;

export const ZReplyToCase = z.object({
  caseId: ZId,
  templateId: ZId.optional(),
  subject: text(200),
  body: text(10_000),
  /** Where the case moves after sending; the reply form offers replyChoices of the case's status. */
  setStatus: z.enum(REPLY_TARGETS, "validation.invalid").optional(),
  /**
   * The newest reply on the case when the form was shown (null: none yet): a colleague's reply newer than it
   * is shown before this one is sent. Left out, nothing is compared (a caller that showed no history).
   */
  basisReplyId: ZId.nullable().optional(),
});
export type TReplyToCase = z.output<typeof ZReplyToCase>;
export type TReplyToCaseInput = z.input<typeof ZReplyToCase>;

/** A reply begun and not sent: an empty text with no template is no draft at all (it is deleted). */
export const ZSaveReplyDraft = z.object({
  caseId: ZId,
  body: z.typedText().max(10_000, "validation.tooLong"),
  templateId: ZId.nullable(),
});
export type TSaveReplyDraft = z.output<typeof ZSaveReplyDraft>;
export type TSaveReplyDraftInput = z.input<typeof ZSaveReplyDraft>;

export const ZDeleteReplyDraft = z.object({ caseId: ZId });
export type TDeleteReplyDraft = z.output<typeof ZDeleteReplyDraft>;
export type TDeleteReplyDraftInput = z.input<typeof ZDeleteReplyDraft>;

/** A heartbeat of the case page: whether its reply box is being written in, and the reply it was shown. */
export const ZCasePresence = z.object({ isWriting: z.boolean(), basisReplyId: ZId.nullable() });
export type TCasePresence = z.output<typeof ZCasePresence>;

export const ZExtendCaseDeadline = z.object({
  caseId: ZId,
  days: z.coerce
    .number<number>("validation.invalid")
    .int("validation.invalid")
    .min(1, "caseDetail.errors.days")
    .max(30, "caseDetail.errors.days"),
  reason: text(1000),
});
export type TExtendCaseDeadline = z.output<typeof ZExtendCaseDeadline>;
export type TExtendCaseDeadlineInput = z.input<typeof ZExtendCaseDeadline>;

export const ZMergeCase = z.object({ duplicateId: ZId, intoNumber: text(20) });
export type TMergeCase = z.output<typeof ZMergeCase>;
export type TMergeCaseInput = z.input<typeof ZMergeCase>;

// The outcomes besides an answer (59-ФЗ): each form states what the applicant's notice needs.

export const ZForwardCase = z.object({
  caseId: ZId,
  /** The competent body the appeal goes to (ст. 8 ч. 3). */
  forwardedTo: text(300),
  /** The notice's text: why the appeal goes there; the applicant reads it. */
  body: text(5000),
});
export type TForwardCase = z.output<typeof ZForwardCase>;
export type TForwardCaseInput = z.input<typeof ZForwardCase>;

export const ZLeaveCaseUnanswered = z.object({
  caseId: ZId,
  grounds: z.enum(UNANSWERED_GROUNDS, "caseDetail.errors.grounds"),
});
export type TLeaveCaseUnanswered = z.output<typeof ZLeaveCaseUnanswered>;
export type TLeaveCaseUnansweredInput = z.input<typeof ZLeaveCaseUnanswered>;

export const ZEndCorrespondence = z.object({
  caseId: ZId,
  /** Which earlier answers already settled the question (ст. 11 ч. 5): the notice states it. */
  reason: text(2000),
});
export type TEndCorrespondence = z.output<typeof ZEndCorrespondence>;
export type TEndCorrespondenceInput = z.input<typeof ZEndCorrespondence>;

export const ZSaveReplyTemplate = z.object({
  id: ZId.optional(),
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, "templates.errors.code"),
  title: text(120),
  locale: z.enum(["ru", "en"], "validation.invalid"),
  subject: text(200),
  body: text(10_000),
  /** What sending it does to the case: nothing (null) or a move a reply may make. */
  nextStatus: z.enum(REPLY_TARGETS, "validation.invalid").nullable(),
});
export type TSaveReplyTemplate = z.output<typeof ZSaveReplyTemplate>;
export type TSaveReplyTemplateInput = z.input<typeof ZSaveReplyTemplate>;

export const ZSetReplyTemplateActive = z.object({ id: ZId, isActive: z.boolean() });
export type TSetReplyTemplateActive = z.output<typeof ZSetReplyTemplateActive>;
export type TSetReplyTemplateActiveInput = z.input<typeof ZSetReplyTemplateActive>;

export const ZSaveTopic = z.object({
  id: ZId.optional(),
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, "templates.errors.code"),
  nameRu: text(120),
  nameEn: text(120),
  sortOrder: z.coerce.number<number>("validation.invalid").int("validation.invalid").min(0).max(1000),
  isActive: z.boolean(),
});
export type TSaveTopic = z.output<typeof ZSaveTopic>;
export type TSaveTopicInput = z.input<typeof ZSaveTopic>;
