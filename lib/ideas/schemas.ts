import { optionalText, requiredText } from "@/lib/validation/fields";
import * as z from "@/lib/validation/z";

// Members' ideas and their ratings of the current state, shared by the forms and the server.

export const SERVICE_AREAS = ["OFFICES", "DELIVERY", "WEBSITE", "STAFF"] as const;
export const IDEA_STATUSES = ["PROPOSED", "UNDER_REVIEW", "ACCEPTED", "PLANNED", "DONE", "DECLINED"] as const;

export const ZProposeIdea = z.object({
  title: requiredText(200),
  body: requiredText(4000),
  area: z.enum(SERVICE_AREAS, "ideas.errors.area"),
});
export type TProposeIdeaInput = z.input<typeof ZProposeIdea>;

export const ZRateArea = z.object({
  area: z.enum(SERVICE_AREAS, "ideas.errors.area"),
  score: z
    .number("ideas.errors.score")
    .int("ideas.errors.score")
    .min(1, "ideas.errors.score")
    .max(5, "ideas.errors.score"),
  comment: optionalText(1000),
});
export type TRateAreaInput = z.input<typeof ZRateArea>;

export const ZSupportIdea = z.object({ ideaId: z.uuid("validation.invalid") });
export type TSupportIdeaInput = z.input<typeof ZSupportIdea>;

export const ZAnswerIdea = z.object({
  ideaId: z.uuid("validation.invalid"),
  status: z.enum(IDEA_STATUSES, "validation.invalid"),
  publicAnswer: requiredText(4000),
});
export type TAnswerIdeaInput = z.input<typeof ZAnswerIdea>;

/** The member's list: most supported first, or newest first. */
export const ZIdeaSort = z.enum(["support", "new"]).catch("support");

/** The console's filters, from the query string; anything odd is no filter. */
export const ZIdeaFilters = z.object({
  status: z.enum(IDEA_STATUSES).optional().catch(undefined),
  area: z.enum(SERVICE_AREAS).optional().catch(undefined),
});
