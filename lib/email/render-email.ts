import { render, toPlainText } from "@react-email/render";

import type { TEmailMessage } from "./outbox";
import { caseExtendedEmail } from "./templates/case-extended";
import { caseFiledEmail } from "./templates/case-filed";
import { caseLinkEmail } from "./templates/case-link";
import { caseReplyEmail } from "./templates/case-reply";
import { caseStatusEmail } from "./templates/case-status";
import { casesEscalatedEmail } from "./templates/cases-escalated";
import { deadlineDigestEmail } from "./templates/deadline-digest";
import { eventNoticeEmail, type TEventNoticeKind } from "./templates/event-notice";
import { ideaAnsweredEmail } from "./templates/idea-answered";
import type { TEmailContent } from "./templates/layout";
import { memberNotFoundEmail } from "./templates/member-not-found";
import { memberSignInEmail } from "./templates/member-sign-in";
import { membershipConfirmEmail } from "./templates/membership-confirm";
import { membershipFeedbackThanksEmail } from "./templates/membership-feedback-thanks";
import { queueReportEmail } from "./templates/queue-report";
import { secondFactorChangedEmail } from "./templates/second-factor-changed";
import { staffInviteEmail } from "./templates/staff-invite";
import { staffPasswordResetEmail, staffUnlockEmail } from "./templates/staff-link-emails";
import { surveyInvitationEmail, surveyReminderEmail } from "./templates/survey-invitation";

export type TRenderedEmail = { subject: string; html: string; text: string; headers: Record<string, string> | null };

function contentOf(message: TEmailMessage): TEmailContent {
  switch (message.template) {
    case "member-sign-in":
      return memberSignInEmail(message.locale, message.data);
    case "member-not-found":
      return memberNotFoundEmail(message.locale, message.data);
    case "membership-confirm":
      return membershipConfirmEmail(message.locale, message.data);
    case "membership-feedback-thanks":
      return membershipFeedbackThanksEmail(message.locale, message.data);
    case "staff-invite":
      return staffInviteEmail(message.locale, message.data);
    case "staff-password-reset":
      return staffPasswordResetEmail(message.locale, message.data);
    case "second-factor-changed":
      return secondFactorChangedEmail(message.locale, message.data);
    case "staff-unlock":
      return staffUnlockEmail(message.locale, message.data);
    case "case-filed":
      return caseFiledEmail(message.locale, message.data);
    case "queue-report":
      return queueReportEmail(message.locale, message.data);
    case "deadline-digest":
      return deadlineDigestEmail(message.locale, message.data);
    case "cases-escalated":
      return casesEscalatedEmail(message.locale, message.data);
    case "case-reply":
      return caseReplyEmail(message.locale, message.data);
    case "case-extended":
      return caseExtendedEmail(message.locale, message.data);
    case "case-status":
      return caseStatusEmail(message.locale, message.data);
    case "case-link":
      return caseLinkEmail(message.locale, message.data);
    case "event-accepted":
    case "event-waitlisted":
    case "event-promoted":
    case "event-declined":
    case "event-cancelled":
    case "event-reminder":
      return eventNoticeEmail(
        message.locale,
        message.template.slice("event-".length) as TEventNoticeKind,
        message.data,
      );
    case "idea-answered":
      return ideaAnsweredEmail(message.locale, message.data);
    case "survey-invitation":
      return surveyInvitationEmail(message.locale, message.data);
    case "survey-reminder":
      return surveyReminderEmail(message.locale, message.data);
  }
}

/** One-click unsubscribe (RFC 8058) for mail people may decline; none for transactional mail. */
function unsubscribeHeaders(url: string | undefined): Record<string, string> | null {
  if (!url) return null;
  return { "List-Unsubscribe": `<${url}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** The subject, HTML and plain-text parts and extra headers of a message, in its language. */
export async function renderEmail(message: TEmailMessage): Promise<TRenderedEmail> {
  return renderContent(contentOf(message));
}

export async function renderContent(content: TEmailContent): Promise<TRenderedEmail> {
  const html = await render(content.element);
  // Headings keep their case: upper-cased Cyrillic reads as shouting.
  const text = toPlainText(html, {
    selectors: ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { subject: content.subject, html, text, headers: unsubscribeHeaders(content.unsubscribeUrl) };
}
