import fs from "node:fs";
import path from "node:path";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";

import { rolesWith, STAFF_ROLES, type TAbility } from "../lib/auth/permissions";
import { cardNumberFromSerial } from "../lib/loyalty/card-number";
import { sql } from "./support/database";
import { createMember, createStaff, signInMember, signInStaff, type TStaffRole } from "./support/identities";
import { expect, test } from "./support/test";

/**
 * Who may use what — every console and member page, every API route and every server action of the build,
 * with every role and with no session. A server action missing from the table fails the test, so a new
 * action cannot ship without saying who may call it. Staff-only entries name the ability they need; the
 * roles come from the permission table (lib/auth/permissions.ts), so the walk checks that every page,
 * route and action asks for the ability the table says, and a change of permissions is made in one place.
 */
const STAFF: TStaffRole[] = [...STAFF_ROLES];
type TIdentity = "anonymous" | "member" | TStaffRole;
const IDENTITIES: TIdentity[] = ["anonymous", "member", ...STAFF];
const EVERYONE = IDENTITIES;
/** The staff roles with the ability. */
const by = (ability: TAbility): TIdentity[] => rolesWith(ability);
/** The seeded demo survey (lib/surveys/seed-surveys.ts). */
const DEMO_SURVEY = "019a0000-0000-7000-8000-000000000001";

// A member and a purchase import of fixed ids, written in beforeAll, for the pages that show one.
const E2E_MEMBER_ID = "0196a3c2-0000-7000-8000-0000000000e2";
const E2E_IMPORT_ID = "0196a3c2-0000-7000-8000-0000000001e2";
/** A staff account whose page (security log, unlock) admins open. */
const E2E_STAFF_ID = "0196a3c2-0000-7000-8000-0000000002e2";

/** The seeded demo meeting (lib/events/seed-events.ts). */
const DEMO_EVENT = "019a0000-0000-7000-8000-0000000000e1";

const PAGES: Record<string, TIdentity[]> = {
  "/console": STAFF,
  "/console/account": STAFF,
  "/console/cases": by("case.read"),
  "/console/staff": by("staff.manage"),
  [`/console/staff/${E2E_STAFF_ID}`]: by("staff.manage"),
  // The emailed unlock link is its own authorization: anyone sees the page (an invalid link says so).
  "/console/unlock/not-a-valid-token": EVERYONE,
  "/console/api-keys": by("apiKey.manage"),
  // The first seeded complaint (office 101000, filed three days before the seed): the office head's own office.
  [`/console/cases/${encodeURIComponent(`Ж-${new Date(Date.now() - 3 * 86_400_000).getFullYear()}-000001`)}`]:
    by("case.read"),
  "/console/templates": by("template.manage"),
  "/console/reports": by("report.view"),
  "/account": ["member"],
  "/club/join": EVERYONE,
  "/club/questionnaire": EVERYONE,
  "/club/confirm/not-a-valid-token": EVERYONE,
  "/console/surveys": by("survey.read"),
  "/console/surveys/new": by("survey.manage"),
  [`/console/surveys/${DEMO_SURVEY}`]: by("survey.manage"),
  [`/console/surveys/${DEMO_SURVEY}/results`]: by("survey.read"),
  "/surveys": ["member"],
  // The personal link is its own authorization: anyone sees the page (an invalid link says so).
  "/survey/not-a-valid-token": EVERYONE,
  "/console/members": by("member.view"),
  [`/console/members/${E2E_MEMBER_ID}`]: by("member.view"),
  "/console/loyalty": by("loyalty.configure"),
  [`/console/loyalty/imports/${E2E_IMPORT_ID}`]: by("loyalty.configure"),
  "/console/events": by("event.manage"),
  [`/console/events/${DEMO_EVENT}`]: by("event.manage"),
  "/console/ideas": by("idea.answer"),
  "/events": ["member"],
  "/ideas": ["member"],
  "/meetings": EVERYONE,
};

/**
 * `allowedStatus`: what an allowed caller gets besides a success, for a route asked about something that is not
 * there (the refused ones must still get 401/403, which proves the check comes before the lookup).
 */
const API_ROUTES: {
  method: "GET" | "POST" | "DELETE";
  path: string;
  allowed: TIdentity[];
  allowedStatus?: number;
}[] = [
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
  { method: "GET", path: "/console/reports/export?report=topic", allowed: by("report.view") },
  { method: "GET", path: "/console/cases/export", allowed: by("case.read") },
  { method: "GET", path: "/console/live?list=1", allowed: by("case.read") },
  // The case page's heartbeat, about a case number no case has.
  { method: "DELETE", path: "/console/cases/X-0000-000000/presence", allowed: by("case.read"), allowedStatus: 404 },
  { method: "GET", path: "/account/export", allowed: ["member"] },
  { method: "GET", path: `/api/console/surveys/${DEMO_SURVEY}/export`, allowed: by("survey.read") },
  { method: "GET", path: `/console/loyalty/imports/${E2E_IMPORT_ID}/progress`, allowed: by("loyalty.configure") },
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
  // The same actions as the public forms post them, with or without scripts (lib/action/form-action.ts).
  fileComplaintForm: EVERYONE,
  fileClaimForm: EVERYONE,
  rateOfficeForm: EVERYONE,
  reportQueueForm: EVERYONE,
  addInformationForm: EVERYONE,
  rateAnswerForm: EVERYONE,
  reissueStatusLinkForm: EVERYONE,
  submitQuestionnaireForm: EVERYONE,
  requestSignInLinkAction: EVERYONE,
  requestSignInLinkForm: EVERYONE,
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
  inviteStaffAction: by("staff.manage"),
  setStaffDisabledAction: by("staff.manage"),
  unlockStaffAccountAction: by("staff.manage"),
  // Authorized by the secret token of the emailed unlock link it carries.
  unlockStaffWithLinkAction: EVERYONE,
  issueApiKeyAction: by("apiKey.manage"),
  revokeApiKeyAction: by("apiKey.manage"),
  // The production calendar the deadlines read.
  saveCalendarDayAction: by("calendar.edit"),
  removeCalendarDayAction: by("calendar.edit"),
  importCalendarYearAction: by("calendar.edit"),
  // The case page: analysts only read; office heads act on their offices' cases (checked by the domain functions).
  updateCaseTriageAction: by("case.work"),
  assignCaseToMeAction: by("case.work"),
  changeCaseStatusAction: by("case.work"),
  addInternalNoteAction: by("case.work"),
  replyToCaseAction: by("case.reply"),
  saveReplyDraftAction: by("case.work"),
  deleteReplyDraftAction: by("case.work"),
  extendCaseDeadlineAction: by("case.extend"),
  mergeCaseAction: by("case.merge"),
  forwardCaseAction: by("case.work"),
  leaveCaseUnansweredAction: by("case.leaveUnanswered"),
  endCorrespondenceAction: by("case.endCorrespondence"),
  saveReplyTemplateAction: by("template.manage"),
  setReplyTemplateActiveAction: by("template.manage"),
  saveTopicAction: by("template.manage"),
  // The inbox: analysts only read; office heads act within their offices (checked by the domain function).
  bulkUpdateCasesAction: by("case.work"),
  saveViewAction: STAFF,
  deleteViewAction: STAFF,
  hideInboxColumnsAction: by("case.read"),
  saveSurveyAction: by("survey.manage"),
  countSegmentMembersAction: by("survey.manage"),
  openSurveyAction: by("survey.manage"),
  remindSurveyAction: by("survey.manage"),
  closeSurveyAction: by("survey.manage"),
  saveSurveyDraftAction: ["member"],
  submitSurveyAction: ["member"],
  // The personal survey link's actions are authorized by the secret token they carry.
  saveSurveyDraftByLinkAction: EVERYONE,
  submitSurveyByLinkAction: EVERYONE,
  // Club members and loyalty: operators see members; supervisors and admins change points.
  adjustPointsAction: by("loyalty.configure"),
  savePointsRuleAction: by("loyalty.configure"),
  setPointsRuleActiveAction: by("loyalty.configure"),
  saveRewardAction: by("loyalty.configure"),
  setRewardActiveAction: by("loyalty.configure"),
  startPurchaseImportAction: by("loyalty.configure"),
  redeemRewardAction: ["member"],
  // Authorized by the secret token of the emailed link it carries.
  confirmMembershipAction: EVERYONE,
  saveEventAction: by("event.manage"),
  countEventSegmentAction: by("event.manage"),
  publishEventAction: by("event.manage"),
  cancelEventAction: by("event.manage"),
  decideRegistrationAction: by("event.manage"),
  cancelRegistrationAction: by("event.manage"),
  markAttendanceAction: by("event.manage"),
  checkInByCodeAction: by("event.manage"),
  answerIdeaAction: by("idea.answer"),
  applyToEventAction: ["member"],
  cancelMyRegistrationAction: ["member"],
  proposeIdeaAction: ["member"],
  rateAreaAction: ["member"],
  supportIdeaAction: ["member"],
};

type TManifestEntry = { workers: Record<string, unknown>; filename?: string; exportedName?: string };

/** The build's server actions, each with a page that can receive it. */
function buildActions(): { id: string; name: string; path: string }[] {
  const file = path.join(
    process.cwd(),
    process.env.NEXT_DIST_DIR || ".next",
    "server",
    "server-reference-manifest.json",
  );
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
    const names = buildActions()
      .map((action) => action.name)
      .sort();
    expect(names).toEqual(Object.keys(ACTIONS).sort());
  });

  test("pages", async () => {
    const outcomes: string[] = [];
    for (const pagePath of Object.keys(PAGES)) {
      for (const identity of IDENTITIES) {
        const response = await sessions.get(identity)!.get(pagePath, { maxRedirects: 0 });
        const location = response.headers().location ?? "";
        const isSentToSignIn = response.status() === 307 && /\/sign-in\?callbackUrl=/.test(location);
        // Nobody signed in is sent to sign in; someone signed in who may not open the page is answered 403.
        const isDenied = identity === "anonymous" ? isSentToSignIn : response.status() === 403;
        const verdict = response.status() === 200 ? "allow" : isDenied ? "deny" : `HTTP ${response.status()}`;
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
        outcomes.push(
          `${route.method} ${route.path} ${identity}: ${[401, 403].includes(response.status()) ? "deny" : response.status() < 400 || response.status() === route.allowedStatus ? "allow" : `HTTP ${response.status()}`}`,
        );
      }
    }
    const expected = API_ROUTES.flatMap((route) =>
      IDENTITIES.map(
        (identity) =>
          `${route.method} ${route.path} ${identity}: ${route.allowed.includes(identity) ? "allow" : "deny"}`,
      ),
    );
    expect(outcomes).toEqual(expected);
  });

  test("server actions", async ({ baseURL }) => {
    const outcomes: string[] = [];
    for (const action of buildActions()) {
      for (const identity of IDENTITIES) {
        // An input no schema accepts: an allowed caller gets "invalid", so nothing is changed by the test.
        const response = await sessions.get(identity)!.post(action.path, {
          headers: {
            "Next-Action": action.id,
            "Content-Type": "text/plain;charset=UTF-8",
            Origin: baseURL!,
            Accept: "text/x-component",
          },
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
      IDENTITIES.map(
        (identity) =>
          `${action.name} ${identity}: ${(ACTIONS[action.name] ?? []).includes(identity) ? "allow" : "deny"}`,
      ),
    );
    expect(outcomes).toEqual(expected);
  });
});
