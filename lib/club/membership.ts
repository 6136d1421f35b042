import "server-only";

import { ActionError } from "@/lib/action/action-error";
import { hashLinkToken, newLinkToken } from "@/lib/auth/tokens";
import { appUrl } from "@/lib/config";
import { db } from "@/lib/db";
import { mailboxKey } from "@/lib/email/mailbox-key";
import { enqueueEmail } from "@/lib/email/outbox";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TLocale } from "@/lib/i18n/locales";
import { PRIVACY_POLICY_VERSION } from "@/lib/legal/privacy-policy";
import { cardNumberFromSerial } from "@/lib/loyalty/card-number";
import { consumeRateLimit } from "@/lib/rate-limit/consume-rate-limit";
import { recordSecurityEvent } from "@/lib/security/security-events";

import type { TMembershipQuestionnaire } from "./schemas";

export const CONFIRM_LINK_HOURS = 48;
const PER_ADDRESS = { limit: 10, windowSeconds: 3600 };
const PER_MAILBOX = { limit: 3, windowSeconds: 3600 };

export type TClubContext = { ip?: string; locale: TLocale; now?: Date };

/**
 * What the visitor is told. "pending": check your mail for the confirmation link (also said, with no mail
 * about it, when the address already belongs to an active member, so the form never tells who is a member);
 * "feedback": answers kept, no membership.
 */
export type TSubmitResult = { outcome: "pending" | "feedback" };

export function confirmUrl(token: string): string {
  return `${appUrl()}/club/confirm/${token}`;
}

export function joinUrl(): string {
  return `${appUrl()}/club/join`;
}

async function limitSubmissions(ctx: TClubContext, email: string): Promise<void> {
  const checks = [
    ctx.ip ? consumeRateLimit(`club-join:ip:${ctx.ip}`, PER_ADDRESS) : null,
    consumeRateLimit(`club-join:mailbox:${mailboxKey(email)}`, PER_MAILBOX),
  ];
  for (const result of await Promise.all(checks)) {
    if (result && !result.isAllowed) {
      await recordSecurityEvent({ kind: "RATE_LIMITED", limit: "club-join" });
      throw new ActionError("RATE_LIMITED", "actions.rateLimited", {
        minutes: Math.ceil(result.retryAfterSeconds / 60),
      });
    }
  }
}

/**
 * Keeps a filled-in questionnaire. A "yes" to further interaction leaves it pending and emails a one-use
 * confirmation link valid 48 hours (only its hash is stored); a "no" keeps it as feedback only and thanks
 * the person. Each consent is recorded with the policy version and time; under 14 the parent's consent too.
 */
export async function submitQuestionnaire(input: TMembershipQuestionnaire, ctx: TClubContext): Promise<TSubmitResult> {
  // A bot filled the hidden field: answer as usual, keep nothing.
  if (input.website) return { outcome: input.readyToInteract === "yes" ? "pending" : "feedback" };
  await limitSubmissions(ctx, input.email);
  const now = ctx.now ?? new Date();
  const isReady = input.readyToInteract === "yes";

  const activeMember = isReady
    ? await db.member.findFirst({ where: { email: input.email, status: "ACTIVE" }, select: { id: true } })
    : null;

  const link = isReady && !activeMember ? newLinkToken() : null;
  await db.$transaction(async (tx) => {
    await tx.membershipApplication.create({
      data: {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        phone: input.phone ?? null,
        region: input.region ?? null,
        city: input.city ?? null,
        ageBand: input.ageBand,
        usageFrequency: input.usageFrequency,
        services: input.services,
        preferredOfficePostcode: input.preferredOfficePostcode ?? null,
        interests: input.interests,
        ideas: input.ideas ?? null,
        isReadyToInteract: isReady,
        parentName: input.ageBand === "UNDER_14" ? (input.parentName ?? null) : null,
        parentConsentAt: input.ageBand === "UNDER_14" && input.parentConsent ? now : null,
        dataConsentVersion: PRIVACY_POLICY_VERSION,
        dataConsentAt: now,
        newsConsentVersion: input.newsConsent ? PRIVACY_POLICY_VERSION : null,
        newsConsentAt: input.newsConsent ? now : null,
        locale: ctx.locale,
        confirmTokenHash: link?.tokenHash ?? null,
        confirmExpiresAt: link ? new Date(now.getTime() + CONFIRM_LINK_HOURS * 3_600_000) : null,
      },
    });
    const name = input.firstName;
    if (link) {
      await enqueueEmail(tx, {
        template: "membership-confirm",
        to: input.email,
        locale: ctx.locale,
        data: { name, url: confirmUrl(link.token), expiresInHours: CONFIRM_LINK_HOURS },
      });
    } else if (!isReady) {
      await enqueueEmail(tx, {
        template: "membership-feedback-thanks",
        to: input.email,
        locale: ctx.locale,
        data: { name, joinUrl: joinUrl() },
      });
    }
  });
  return { outcome: isReady ? "pending" : "feedback" };
}

export type TConfirmResult =
  | { status: "confirmed"; cardNumber: string }
  | { status: "already-confirmed" }
  | { status: "expired" }
  | { status: "invalid" };

/** A card serial: random 10 digits; the unique index on the card number catches the rare repeat. */
function randomCardNumber(): string {
  return cardNumberFromSerial(Math.floor(Math.random() * 10_000_000_000));
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/**
 * Confirms a membership by its emailed link: the member becomes ACTIVE with a fresh card number, a verified
 * email and the consents of the questionnaire. A second click (or two at once) says it is already confirmed.
 */
export async function confirmMembership(token: string, now: Date = new Date()): Promise<TConfirmResult> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: "invalid" };
  const tokenHash = hashLinkToken(token);
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        // The row lock makes two clicks at once take turns: the second sees it confirmed.
        const [locked] = await tx.$queryRaw<{ id: string }[]>`
          SELECT "id" FROM "MembershipApplication" WHERE "confirmTokenHash" = ${tokenHash} FOR UPDATE`;
        if (!locked) return { status: "invalid" } as const;
        const application = await tx.membershipApplication.findUniqueOrThrow({ where: { id: locked.id } });
        if (application.confirmedAt) return { status: "already-confirmed" } as const;
        if (!application.confirmExpiresAt || application.confirmExpiresAt <= now) return { status: "expired" } as const;

        const profile = {
          firstName: application.firstName,
          lastName: application.lastName,
          phone: application.phone,
          region: application.region,
          city: application.city,
          ageBand: application.ageBand,
          status: "ACTIVE" as const,
          emailVerified: now,
          dataConsentVersion: application.dataConsentVersion,
          dataConsentAt: application.dataConsentAt,
          newsConsentVersion: application.newsConsentVersion,
          newsConsentAt: application.newsConsentAt,
          leftAt: null,
        };
        const existing = await tx.member.findUnique({ where: { email: application.email } });
        let member: { id: string; cardNumber: string };
        if (!existing) {
          member = await tx.member.create({
            data: { ...profile, email: application.email, cardNumber: randomCardNumber() },
            select: { id: true, cardNumber: true },
          });
        } else {
          // A member who left (or never finished) comes back; an active one keeps their card.
          member = await tx.member.update({
            where: { id: existing.id },
            data: {
              ...profile,
              ...(existing.status === "ACTIVE"
                ? {}
                : { cardNumber: randomCardNumber(), sessionVersion: { increment: 1 } }),
            },
            select: { id: true, cardNumber: true },
          });
          // One application per member: an earlier one lets go of it.
          await tx.membershipApplication.updateMany({ where: { memberId: member.id }, data: { memberId: null } });
        }
        await tx.membershipApplication.update({
          where: { id: application.id },
          data: { confirmedAt: now, memberId: member.id },
        });
        return { status: "confirmed", cardNumber: member.cardNumber } as const;
      });
    } catch (error) {
      // The random card number was taken: try another.
      if (isUniqueViolation(error) && attempt < 5) continue;
      throw error;
    }
  }
}
