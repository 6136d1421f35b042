import fs from "node:fs";
import path from "node:path";

import { type APIRequestContext, request as playwrightRequest } from "@playwright/test";

import { cardNumberFromSerial } from "../lib/loyalty/card-number";

import { sql } from "./support/database";
import { createMember, createStaff, signInMember, signInStaff, type TStaffRole } from "./support/identities";
import { expect, test } from "./support/test";

/**
 * Who may use what — every console and member page, every API route and every server action of the build,
 * with every role and with no session. A server action missing from the table fails the test, so a new
 * action cannot ship without saying who may call it.
 */
const STAFF: TStaffRole[] = ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ANALYST", "ADMIN"];
type TIdentity = "anonymous" | "member" | TStaffRole;
const IDENTITIES: TIdentity[] = ["anonymous", "member", ...STAFF];
const EVERYONE = IDENTITIES;
const SURVEY_MANAGERS: TIdentity[] = ["OPERATOR", "SUPERVISOR", "ADMIN"];
const SURVEY_READERS: TIdentity[] = ["OPERATOR", "SUPERVISOR", "ANALYST", "ADMIN"];
/** The seeded demo survey (lib/surveys/seed-surveys.ts). */
const DEMO_SURVEY = "019a0000-0000-7000-8000-000000000001";

// A member and a purchase import of fixed ids, written in beforeAll, for the pages that show one.
const E2E_MEMBER_ID = "0196a3c2-0000-7000-8000-0000000000e2";
const E2E_IMPORT_ID = "0196a3c2-0000-7000-8000-0000000001e2";
/** A staff account whose page (security log, unlock) admins open. */
const E2E_STAFF_ID = "0196a3c2-0000-7000-8000-0000000002e2";

/** Club events and ideas: staff who may manage the club (canManageClub); the seeded demo meeting (lib/events/seed-events.ts). */
const CLUB_MANAGERS: TIdentity[] = ["OPERATOR", "SUPERVISOR", "ADMIN"];
const DEMO_EVENT = "019a0000-0000-7000-8000-0000000000e1";

const PAGES: Record<string, TIdentity[]> = {
  "/console": STAFF,
  "/console/account": STAFF,
  "/console/cases": STAFF,
  "/console/staff": ["ADMIN"],
  [`/console/staff/${E2E_STAFF_ID}`]: ["ADMIN"],
  // The emailed unlock link is its own authorization: anyone sees the page (an invalid link says so).
  "/console/unlock/not-a-valid-token": EVERYONE,
  "/console/api-keys": ["ADMIN"],
  // The first seeded complaint (office 101000, filed three days before the seed): the office head's own office.
  [`/console/cases/${encodeURIComponent(`Ж-${new Date(Date.now() - 3 * 86_400_000).getFullYear()}-000001`)}`]: STAFF,
  "/console/templates": ["SUPERVISOR", "ADMIN"],
  "/console/reports": ["SUPERVISOR", "OFFICE_HEAD", "ANALYST", "ADMIN"],
  "/account": ["member"],
  "/club/join": EVERYONE,
  "/club/questionnaire": EVERYONE,
  "/club/confirm/not-a-valid-token": EVERYONE,
  "/console/surveys": SURVEY_READERS,
  "/console/surveys/new": SURVEY_MANAGERS,
  [`/console/surveys/${DEMO_SURVEY}`]: SURVEY_MANAGERS,
  [`/console/surveys/${DEMO_SURVEY}/results`]: SURVEY_READERS,
  "/surveys": ["member"],
  // The personal link is its own authorization: anyone sees the page (an invalid link says so).
  "/survey/not-a-valid-token": EVERYONE,
  "/console/members": ["OPERATOR", "SUPERVISOR", "ADMIN"],
  [`/console/members/${E2E_MEMBER_ID}`]: ["OPERATOR", "SUPERVISOR", "ADMIN"],
  "/console/loyalty": ["SUPERVISOR", "ADMIN"],
  [`/console/loyalty/imports/${E2E_IMPORT_ID}`]: ["SUPERVISOR", "ADMIN"],
  "/console/events": CLUB_MANAGERS,
  [`/console/events/${DEMO_EVENT}`]: CLUB_MANAGERS,
  "/console/ideas": CLUB_MANAGERS,
  "/events": ["member"],
  "/ideas": ["member"],
  "/meetings": EVERYONE,
};

const API_ROUTES: { method: "GET" | "POST"; path: string; allowed: TIdentity[] }[] = [
  { method: "GET", path: "/api/health", allowed: EVERYONE },
  { method: "GET", path: "/api/auth/session", allowed: EVERYONE },
  // The JSON API answers API keys and status tokens, never sessions: with neither, every identity is refused.
  { method: "POST", path: "/api/v1/complaints", allowed: [] },
  { method: "POST", path: "/api/v1/claims", allowed: [] },
  { method: "GET", path: "/api/v1/cases/x", allowed: [] },
  { method: "POST", path: "/api/v1/loyalty/purchases", allowed: [] },
  { method: "GET", path: "/api/v1/loyalty/members/2700000000014/balance", allowed: [] },
  { method: "GET", path: "/api/v1/openapi.json", allowed: EVERYONE },
  { method: "GET", path: "/api/offices/101000", allowed: EVERYONE },
  { method: "GET", path: "/console/reports/export?report=topic", allowed: ["SUPERVISOR", "OFFICE_HEAD", "ANALYST", "ADMIN"] },
  { method: "GET", path: "/console/cases/export", allowed: STAFF },
  { method: "GET", path: "/account/export", allowed: ["member"] },
  { method: "GET", path: `/api/console/surveys/${DEMO_SURVEY}/export`, allowed: SURVEY_READERS },
  { method: "GET", path: `/console/loyalty/imports/${E2E_IMPORT_ID}/progress`, allowed: ["SUPERVISOR", "ADMIN"] },
];

const ACTIONS: Record<string, TIdentity[]> = {
  setLocaleAction: EVERYONE,
  acceptInviteAction: EVERYONE,
  // The public desk: anyone files; the status page's actions are authorized by the secret token they carry.
  fileComplaintAction: EVERYONE,
  fileClaimAction: EVERYONE,
  rateOfficeAction: EVERYONE,
  reportQueueAction: EVERYONE,
  addInformationAction: EVERYONE,
  rateAnswerAction: EVERYONE,
  // The rating page of the status link: authorized by the same secret token.
  rateAnswerFromLinkAction: EVERYONE,
  commentOnAnswerAction: EVERYONE,
  reissueStatusLinkAction: EVERYONE,
  memberSignOutEverywhereAction: ["member"],
  submitQuestionnaireAction: EVERYONE,
  updateMemberProfileAction: ["member"],
  setNewsConsentAction: ["member"],
  leaveClubAction: ["member"],
  startTotpEnrolmentAction: STAFF,
  confirmTotpAction: STAFF,
  disableTotpAction: STAFF,
  staffSignOutEverywhereAction: STAFF,
  inviteStaffAction: ["ADMIN"],
  setStaffDisabledAction: ["ADMIN"],
  unlockStaffAccountAction: ["ADMIN"],
  // Authorized by the secret token of the emailed unlock link it carries.
  unlockStaffWithLinkAction: EVERYONE,
  issueApiKeyAction: ["ADMIN"],
  revokeApiKeyAction: ["ADMIN"],
  // The production calendar the deadlines read.
  saveCalendarDayAction: ["ADMIN"],
  removeCalendarDayAction: ["ADMIN"],
  importCalendarYearAction: ["ADMIN"],
  // The case page: analysts only read; office heads act on their offices' cases (checked by the domain functions).
  updateCaseTriageAction: ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  changeCaseStatusAction: ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  addInternalNoteAction: ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  replyToCaseAction: ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  extendCaseDeadlineAction: ["SUPERVISOR", "ADMIN"],
  mergeCaseAction: ["SUPERVISOR", "ADMIN"],
  forwardCaseAction: ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  leaveCaseUnansweredAction: ["SUPERVISOR", "ADMIN"],
  endCorrespondenceAction: ["SUPERVISOR", "ADMIN"],
  saveReplyTemplateAction: ["SUPERVISOR", "ADMIN"],
  setReplyTemplateActiveAction: ["SUPERVISOR", "ADMIN"],
  saveTopicAction: ["SUPERVISOR", "ADMIN"],
  // The inbox: analysts only read; office heads act within their offices (checked by the domain function).
  bulkUpdateCasesAction: ["OPERATOR", "SUPERVISOR", "OFFICE_HEAD", "ADMIN"],
  saveViewAction: STAFF,
  deleteViewAction: STAFF,
  saveSurveyAction: SURVEY_MANAGERS,
  countSegmentMembersAction: SURVEY_MANAGERS,
  openSurveyAction: SURVEY_MANAGERS,
  remindSurveyAction: SURVEY_MANAGERS,
  closeSurveyAction: SURVEY_MANAGERS,
  saveSurveyDraftAction: ["member"],
  submitSurveyAction: ["member"],
  // The personal survey link's actions are authorized by the secret token they carry.
  saveSurveyDraftByLinkAction: EVERYONE,
  submitSurveyByLinkAction: EVERYONE,
  // Club members and loyalty: operators see members; supervisors and admins change points.
  adjustPointsAction: ["SUPERVISOR", "ADMIN"],
  savePointsRuleAction: ["SUPERVISOR", "ADMIN"],
  setPointsRuleActiveAction: ["SUPERVISOR", "ADMIN"],
  saveRewardAction: ["SUPERVISOR", "ADMIN"],
  setRewardActiveAction: ["SUPERVISOR", "ADMIN"],
  startPurchaseImportAction: ["SUPERVISOR", "ADMIN"],
  redeemRewardAction: ["member"],
  // Authorized by the secret token of the emailed link it carries.
  confirmMembershipAction: EVERYONE,
  saveEventAction: CLUB_MANAGERS,
  countEventSegmentAction: CLUB_MANAGERS,
  publishEventAction: CLUB_MANAGERS,
  cancelEventAction: CLUB_MANAGERS,
  decideRegistrationAction: CLUB_MANAGERS,
  cancelRegistrationAction: CLUB_MANAGERS,
  markAttendanceAction: CLUB_MANAGERS,
  checkInByCodeAction: CLUB_MANAGERS,
  answerIdeaAction: CLUB_MANAGERS,
  applyToEventAction: ["member"],
  cancelMyRegistrationAction: ["member"],
  proposeIdeaAction: ["member"],
  rateAreaAction: ["member"],
  supportIdeaAction: ["member"],
};

type TManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** The build's server actions, each with a page that can receive it. */
function buildActions(): { id: string; name: string; path: string }[] {
  const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, TManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers).sort()[0];
    const route = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[[^\]]+\]/g, "x");
    return { id, name: entry.exportedName ?? id, path: route || "/" };
  });
}

test.describe("authorization", () => {
  const sessions = new Map<TIdentity, APIRequestContext>();

  test.beforeAll(async ({ baseURL }) => {
    await sql(
      `INSERT INTO "Member" ("id", "email", "firstName", "lastName", "cardNumber", "status", "updatedAt")
       VALUES ($1, 'authorization@member.example', 'Проверка', 'Доступа', $2, 'ACTIVE', now()) ON CONFLICT DO NOTHING`,
      [E2E_MEMBER_ID, cardNumberFromSerial(9_999_999_000)],
    );
    await sql(
      `INSERT INTO "PurchaseImport" ("id", "fileName", "status", "createdById", "finishedAt") VALUES ($1, 'authorization.csv', 'APPLIED', gen_random_uuid(), now())
       ON CONFLICT DO NOTHING`,
      [E2E_IMPORT_ID],
    );
    await sql(
      `INSERT INTO "StaffUser" ("id", "email", "name", "role", "updatedAt")
       VALUES ($1, 'authorization@staff.example', 'Проверка Доступа', 'OPERATOR', now()) ON CONFLICT DO NOTHING`,
      [E2E_STAFF_ID],
    );
    for (const identity of IDENTITIES) {
      const context = await playwrightRequest.newContext({
        baseURL,
        extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${IDENTITIES.indexOf(identity) + 1}` },
      });
      if (identity === "member") await signInMember(context, await createMember());
      else if (identity !== "anonymous") await signInStaff(context, await createStaff(identity));
      sessions.set(identity, context);
    }
  });

  test.afterAll(async () => {
    for (const context of sessions.values()) await context.dispose();
  });

  test("every server action of the build is in the table, and nothing else is", () => {
    const names = buildActions().map((action) => action.name).sort();
    expect(names).toEqual(Object.keys(ACTIONS).sort());
  });

  test("pages", async () => {
    const outcomes: string[] = [];
    for (const pagePath of Object.keys(PAGES)) {
      for (const identity of IDENTITIES) {
        const response = await sessions.get(identity)!.get(pagePath, { maxRedirects: 0 });
        const location = response.headers().location ?? "";
        const isSentToSignIn = response.status() === 307 && /\/sign-in\?callbackUrl=/.test(location);
        const isForbidden = response.status() === 200 && (await response.text()).includes('data-access="forbidden"');
        const verdict = response.status() === 200 && !isForbidden ? "allow" : isSentToSignIn || isForbidden ? "deny" : `HTTP ${response.status()}`;
        outcomes.push(`${pagePath} ${identity}: ${verdict}`);
      }
    }
    const expected = Object.entries(PAGES).flatMap(([pagePath, allowed]) =>
      IDENTITIES.map((identity) => `${pagePath} ${identity}: ${allowed.includes(identity) ? "allow" : "deny"}`),
    );
    expect(outcomes).toEqual(expected);
  });

  test("API routes", async () => {
    const outcomes: string[] = [];
    for (const route of API_ROUTES) {
      for (const identity of IDENTITIES) {
        const response = await sessions.get(identity)!.fetch(route.path, { method: route.method, maxRedirects: 0 });
        outcomes.push(`${route.method} ${route.path} ${identity}: ${[401, 403].includes(response.status()) ? "deny" : response.status() < 400 ? "allow" : `HTTP ${response.status()}`}`);
      }
    }
    const expected = API_ROUTES.flatMap((route) =>
      IDENTITIES.map((identity) => `${route.method} ${route.path} ${identity}: ${route.allowed.includes(identity) ? "allow" : "deny"}`),
    );
    expect(outcomes).toEqual(expected);
  });

  test("server actions", async ({ baseURL }) => {
    const outcomes: string[] = [];
    for (const action of buildActions()) {
      for (const identity of IDENTITIES) {
        // An input no schema accepts: an allowed caller gets "invalid", so nothing is changed by the test.
        const response = await sessions.get(identity)!.post(action.path, {
          headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Origin: baseURL!, Accept: "text/x-component" },
          data: JSON.stringify(["not a valid input"]),
          maxRedirects: 0,
        });
        const body = await response.text();
        const isDenied = /"code":"(UNAUTHENTICATED|FORBIDDEN)"/.test(body);
        const verdict = response.status() >= 500 ? `HTTP ${response.status()}` : isDenied ? "deny" : "allow";
        outcomes.push(`${action.name} ${identity}: ${verdict}`);
      }
    }
    const expected = buildActions().flatMap((action) =>
      IDENTITIES.map((identity) => `${action.name} ${identity}: ${(ACTIONS[action.name] ?? []).includes(identity) ? "allow" : "deny"}`),
    );
    expect(outcomes).toEqual(expected);
  });
});
