import "server-only";

import { v7 as uuidv7 } from "uuid";

import { Prisma } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { TLocale } from "@/lib/i18n/locales";

import { DELIVER_EMAIL_TASK, deliveryJobKey, MAX_DELIVERY_ATTEMPTS, type TEmailAttachment } from "./delivery-job";
import type { TCaseExtendedData } from "./templates/case-extended";
import type { TCaseFiledData } from "./templates/case-filed";
import type { TCaseLinkData } from "./templates/case-link";
import type { TCaseReplyData } from "./templates/case-reply";
import type { TCaseStatusData } from "./templates/case-status";
import type { TCasesEscalatedData } from "./templates/cases-escalated";
import type { TDeadlineDigestData } from "./templates/deadline-digest";
import type { TEventNoticeData } from "./templates/event-notice";
import type { TIdeaAnsweredData } from "./templates/idea-answered";
import type { TMembershipConfirmData } from "./templates/membership-confirm";
import type { TMembershipFeedbackThanksData } from "./templates/membership-feedback-thanks";
import type { TQueueReportData } from "./templates/queue-report";
import type { TSecondFactorChangedData } from "./templates/second-factor-changed";
import type { TStaffLinkData } from "./templates/staff-link-emails";
import type { TSurveyInvitationData } from "./templates/survey-invitation";

export type TEmailMessage =
  | { template: "member-sign-in"; to: string; locale: TLocale; data: { url: string; expiresInMinutes: number } }
  | { template: "member-not-found"; to: string; locale: TLocale; data: { joinUrl: string } }
  | { template: "membership-confirm"; to: string; locale: TLocale; data: TMembershipConfirmData }
  | { template: "membership-feedback-thanks"; to: string; locale: TLocale; data: TMembershipFeedbackThanksData }
  | {
      template: "staff-invite";
      to: string;
      locale: TLocale;
      data: { url: string; name: string; role: StaffRole; expiresInHours: number };
    }
  | { template: "staff-password-reset"; to: string; locale: TLocale; data: TStaffLinkData }
  | { template: "second-factor-changed"; to: string; locale: TLocale; data: TSecondFactorChangedData }
  | { template: "staff-unlock"; to: string; locale: TLocale; data: TStaffLinkData }
  | { template: "case-filed"; to: string; locale: TLocale; data: TCaseFiledData }
  | { template: "queue-report"; to: string; locale: TLocale; data: TQueueReportData }
  | { template: "deadline-digest"; to: string; locale: TLocale; data: TDeadlineDigestData }
  | { template: "cases-escalated"; to: string; locale: TLocale; data: TCasesEscalatedData }
  | { template: "case-reply"; to: string; locale: TLocale; data: TCaseReplyData }
  | { template: "case-extended"; to: string; locale: TLocale; data: TCaseExtendedData }
  | { template: "case-status"; to: string; locale: TLocale; data: TCaseStatusData }
  | { template: "case-link"; to: string; locale: TLocale; data: TCaseLinkData }
  | {
      template:
        | "event-accepted"
        | "event-waitlisted"
        | "event-promoted"
        | "event-declined"
        | "event-cancelled"
        | "event-reminder";
      to: string;
      locale: TLocale;
      data: TEventNoticeData;
    }
  | { template: "idea-answered"; to: string; locale: TLocale; data: TIdeaAnsweredData }
  | { template: "survey-invitation"; to: string; locale: TLocale; data: TSurveyInvitationData }
  | { template: "survey-reminder"; to: string; locale: TLocale; data: TSurveyInvitationData };

export type TEnqueueOptions = { maxAttempts?: number; replyTo?: string; attachments?: TEmailAttachment[] };

/** A message whose data lacks `K`: the statement that writes it supplies those fields (see emailStatementParts). */
export type TEmailMessageWithout<K extends string> = TEmailMessage extends infer M
  ? M extends { data: infer D }
    ? Omit<M, "data"> & { data: Omit<D, K> }
    : never
  : never;

/**
 * The parts of a statement that writes an email and hands it to delivery, for a caller that writes its own
 * rows in the same statement: `ctes` are data-modifying CTEs (named "message" and, relayed, "pendingJob")
 * to list in its WITH, and `job`, unless relayed, the expression that adds the delivery job (select it in
 * the statement's final SELECT). `computed` names data fields whose values are SQL expressions over the rows
 * of `from` (another CTE of the statement), such as a number the statement takes.
 *
 * Relayed (`isRelayed`), the statement leaves a PendingEmailJob row instead of adding the job, and the
 * workers' relay adds it within about a second (relayPendingEmails): for the busiest writers, whose commits
 * would otherwise queue behind one another for the job queue's notification. Relayed messages carry no
 * attachments.
 */
export function emailStatementParts(
  message: TEmailMessage | TEmailMessageWithout<string>,
  options: TEnqueueOptions & { isRelayed?: boolean } = {},
  computed?: { from: Prisma.Sql; fields: Record<string, Prisma.Sql> },
): { id: string; ctes: Prisma.Sql; job: Prisma.Sql | null } {
  if (options.isRelayed && options.attachments?.length) throw new Error("A relayed email cannot carry attachments");
  const id = uuidv7();
  const headers = options.replyTo ? JSON.stringify({ "Reply-To": options.replyTo }) : null;
  // Times as UTC text: the columns are timestamps without zone, as Prisma writes them.
  const now = new Date().toISOString();
  const maxAttempts = options.maxAttempts ?? MAX_DELIVERY_ATTEMPTS;
  const fields = Object.entries(computed?.fields ?? {});
  const data = fields.length
    ? Prisma.sql`${JSON.stringify(message.data)}::jsonb || jsonb_build_object(${Prisma.join(
        fields.map(([name, value]) => Prisma.sql`${name}::text, ${value}`),
      )})`
    : Prisma.sql`${JSON.stringify(message.data)}::jsonb`;
  const insert = Prisma.sql`"message" AS (
    INSERT INTO "OutboxMessage" ("id", "to", "locale", "template", "data", "headers", "createdAt", "updatedAt")
    SELECT ${id}::uuid, ${message.to}, ${message.locale}, ${message.template}, ${data},
           ${headers}::jsonb, ${now}::timestamp, ${now}::timestamp
    ${computed ? Prisma.sql`FROM ${computed.from}` : Prisma.empty})`;
  if (options.isRelayed) {
    const pending = Prisma.sql`"pendingJob" AS (
      INSERT INTO "PendingEmailJob" ("messageId", "maxAttempts") VALUES (${id}::uuid, ${maxAttempts}::smallint))`;
    return { id, ctes: Prisma.sql`${insert}, ${pending}`, job: null };
  }
  const payload = JSON.stringify(options.attachments?.length ? { id, attachments: options.attachments } : { id });
  const job = Prisma.sql`graphile_worker.add_job(
      ${DELIVER_EMAIL_TASK}::text,
      ${payload}::json,
      job_key := ${deliveryJobKey(id)}::text,
      max_attempts := ${maxAttempts}::int
    )`;
  return { id, ctes: insert, job };
}

/**
 * Writes an email to the outbox and schedules its delivery, both with `tx`: when the caller's transaction
 * rolls back nothing is sent, and once it commits the message is delivered even if this process dies the
 * next moment (the job lives in the same database). Call it inside the transaction of the change that
 * causes the email. `maxAttempts` lowers the number of delivery attempts (default MAX_DELIVERY_ATTEMPTS);
 * `replyTo` routes the customer's answer (a case's reply address). `attachments` (small text files such as a
 * calendar invite) travel in the delivery job's payload, which lives in the same database as the message.
 *
 * The message is stored as its template and data, and rendered when it is delivered (deliver-email): the
 * request that causes an email spends no time on React Email, and holds its transaction's locks no longer
 * for it. One statement writes the row and adds the job.
 */
export async function enqueueEmail(
  tx: Prisma.TransactionClient,
  message: TEmailMessage,
  options: TEnqueueOptions = {},
): Promise<{ id: string }> {
  const { id, ctes, job } = emailStatementParts(message, options);
  await tx.$executeRaw`WITH ${ctes} SELECT ${job}`;
  return { id };
}
