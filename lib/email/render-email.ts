import { plainTextSelectors } from "@react-email/render";
import { compile } from "html-to-text";

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

// React Email's `render` streams (with Suspense markers) and its `toPlainText` compiles html-to-text's
// options again for every message: together about three quarters of a message's delivery time. Our
// templates never suspend, so the static renderer gives the same markup, and the converter is compiled once.
const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

const htmlToText = compile({
  wordwrap: false,
  selectors: [
    ...plainTextSelectors,
    // Headings keep their case: upper-cased Cyrillic reads as shouting.
    ...["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } })),
  ],
});

export async function renderContent(content: TEmailContent): Promise<TRenderedEmail> {
  // Imported when first needed, as React Email does: pages of the server-components layer render stored
  // messages too (the development mailbox), and there a static import of react-dom/server fails the build.
  const { renderToStaticMarkup } = await import("react-dom/server");
  const html = DOCTYPE + renderToStaticMarkup(content.element);
  const text = htmlToText(html)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { subject: content.subject, html, text, headers: unsubscribeHeaders(content.unsubscribeUrl) };
}
