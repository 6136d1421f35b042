/** The club activities that earn fixed points (the subjects of ACTIVITY rules). */
export const ACTIVITY_SUBJECTS = ["SURVEY_COMPLETED", "MEETING_ATTENDED", "PROPOSAL_ACCEPTED"] as const;
export type TActivitySubject = (typeof ACTIVITY_SUBJECTS)[number];
