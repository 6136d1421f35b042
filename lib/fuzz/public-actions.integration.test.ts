/**
 * Hostile input against every public server action and the two sign-in endpoints, in process. The action
 * exports themselves are called — defineAction's whole pipeline: authorize, parse with the form's schema,
 * the domain function, the typed result — with Next.js's request scope played by request-scope.ts
 * (headers and cookies), and messages from the catalogue as getTranslations gives them. A result of code
 * FAILED is the action's "unexpected error" answer and counts as a 5xx.
 *
 * Each case comes from a client address of its own, so the per-address limits (20 filings an hour) never
 * answer in place of validation; the per-email limits hold since every valid email generated is fresh.
 * Staff sign-in is the exception: its cases share one address, because the schema is checked before the
 * limit and the limit is what keeps the fuzz from computing thousands of scrypt hashes.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import {
  leaveClubAction,
  memberSignOutEverywhereAction,
  redeemRewardAction,
  setNewsConsentAction,
  updateMemberProfileAction,
} from "@/app/(club)/account/actions";
import { applyToEventAction, cancelMyRegistrationAction } from "@/app/(club)/events/actions";
import { proposeIdeaAction, rateAreaAction, supportIdeaAction } from "@/app/(club)/ideas/actions";
import { saveSurveyDraftAction, submitSurveyAction } from "@/app/(club)/surveys/actions";
import { acceptInviteAction } from "@/app/(console)/console/invite/[token]/actions";
import { confirmMembershipAction } from "@/app/(public)/club/confirm/[token]/actions";
import { submitQuestionnaireAction } from "@/app/(public)/club/join/actions";
import {
  fileClaimAction,
  fileComplaintAction,
  rateOfficeAction,
  reportQueueAction,
} from "@/app/(public)/complaints/actions";
import { requestSignInLinkAction } from "@/app/(public)/sign-in/actions";
import { addInformationAction, rateAnswerAction, reissueStatusLinkAction } from "@/app/(public)/status/[token]/actions";
import { commentOnAnswerAction, rateAnswerFromLinkAction } from "@/app/(public)/status/[token]/rate/actions";
import { saveSurveyDraftByLinkAction, submitSurveyByLinkAction } from "@/app/(public)/survey/[token]/actions";
import { CaseFields } from "@/components/case-detail/case-fields";
import { CaseThread } from "@/components/case-detail/case-thread";
import type { TActionResult } from "@/lib/action/action-result";
import { submissionFormData } from "@/lib/action/submission";
import { getAuthOptions } from "@/lib/auth/auth-options";
import type { TMemberUser, TStaffUser } from "@/lib/auth/current-user";
import { sendMemberSignInLink } from "@/lib/auth/send-member-sign-in-link";
import { fileComplaint } from "@/lib/cases/file-complaint";
import { claimFields, complaintFields, testEmail } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { getCaseForStaff } from "@/lib/console-cases/get-case-for-staff";
import { db } from "@/lib/db";
import { emailsWhere, forgetDeliveriesSince } from "@/lib/email/test-fixtures";
import { setLocaleAction } from "@/lib/i18n/set-locale-action";
import { createTestMember } from "@/lib/loyalty/test-fixtures";
import { saveDraft } from "@/lib/surveys/answering";
import { saveSurvey } from "@/lib/surveys/build-survey";
import { invitationToken, inviteSurveyMembers } from "@/lib/surveys/invitations";
import { openSurvey } from "@/lib/surveys/survey-status";
import { testQuestion, visitQuestion } from "@/lib/surveys/test-fixtures";

import { hostileInput, hostileString, hostileValue, MARKUP, mutated } from "./hostile-values";
import { clientAddress, inRequest } from "./request-scope";
import { FUZZ_CASES, liveMarkupIn, runFuzz, type TFuzzOutcome, type TFuzzTarget } from "./run-fuzz";

vi.mock("next/headers", () => import("./request-scope"));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The member actions need a signed-in member; their input is what is fuzzed, not the session.
let member: TMemberUser;
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original()), requireMember: async () => member }));

let statusToken: string;
/** A case of its own for the new-link action: a valid request retires its link, which the others keep using. */
let reissueToken: string;
/** An open survey the member is invited to: one choice question, one text question. */
const survey = { id: "", token: "", choice: "", text: "" };

/** When this file began: the deliveries its accepted cases queued are taken back after it (see afterAll). */
const startedAt = new Date();

// Accepted cases queue thousands of emails, which the test files after this one must not wait behind.
afterAll(() => forgetDeliveriesSince(startedAt));

beforeAll(async () => {
  await seedFilingBasics();
  const created = await createTestMember();
  member = {
    kind: "member",
    status: "ACTIVE",
    firstName: "Мария",
    lastName: "Иванова",
    email: `fuzz-${randomBytes(4).toString("hex")}@mail.example`,
    ...created,
  };
  const filed = await fileComplaint(complaintFields() as never, { channel: "WEB", locale: "ru", ip: "192.0.2.1" });
  statusToken = filed.statusToken!;
  reissueToken = (await fileComplaint(complaintFields() as never, { channel: "WEB", locale: "ru", ip: "192.0.2.2" }))
    .statusToken!;

  const region = `Fuzz ${randomBytes(4).toString("hex")}`;
  await db.member.update({ where: { id: member.id }, data: { region } });
  survey.choice = crypto.randomUUID();
  survey.text = crypto.randomUUID();
  ({ id: survey.id } = await saveSurvey(
    {
      title: "Опрос для проверки ввода",
      segment: { regions: [region], ageBands: [], services: [] },
      closesOn: undefined,
      questions: [visitQuestion(survey.choice), testQuestion(survey.text, { text: "Что запомнилось?" })],
    },
    { id: crypto.randomUUID() },
  ));
  await openSurvey(survey.id);
  await inviteSurveyMembers(survey.id);
  const invitation = await db.surveyInvitation.findUniqueOrThrow({
    where: { surveyId_memberId: { surveyId: survey.id, memberId: member.id } },
  });
  survey.token = invitationToken(invitation.id);
  // The draft row exists from the start, so an accepted save changes it and adds none.
  await saveDraft({ surveyId: survey.id, memberId: member.id }, {});
});

/** The action's answer as its caller (the browser) sees it. FAILED is the generic "something went wrong". */
function outcomeOf(
  result: TActionResult<unknown> | undefined,
  isStored: (result: TActionResult<unknown>) => boolean,
): TFuzzOutcome {
  if (result === undefined) return { status: 200, body: "", stored: 0, label: "void" };
  return {
    status: !result.ok && result.code === "FAILED" ? 500 : 200,
    body: JSON.stringify(result),
    stored: result.ok && isStored(result) ? 1 : 0,
    label: result.ok ? "ok" : result.code,
  };
}

/** A filing form's input: the FormData the browser posts (its fields by name), or anything else at all. */
const submission = (valid: () => Record<string, unknown>) =>
  fc.oneof(
    {
      arbitrary: fc
        .tuple(hostileInput(valid), fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/), hostileString))
        .map(([fields, key]) => submissionFormData(fields, key)),
      weight: 8,
    },
    { arbitrary: hostileInput(valid), weight: 1 },
    {
      arbitrary: fc.tuple(hostileString, hostileString, hostileString).map(([name, value, key]) => {
        const form = new FormData();
        form.set(name, value);
        form.set("idempotencyKey", key);
        return form;
      }),
      weight: 1,
    },
  );

type TAction = (input: never) => Promise<TActionResult<unknown> | void>;

function actionTarget(
  name: string,
  action: TAction,
  cases: fc.Arbitrary<unknown>,
  rows: () => Promise<number>,
  isStored: (result: TActionResult<unknown>) => boolean = () => true,
  concurrency = 8,
): () => TFuzzTarget<unknown> {
  return () => ({
    name,
    cases,
    rows,
    concurrency,
    send: async (input, i) =>
      outcomeOf((await inRequest(clientAddress(i), () => action(input as never))) ?? undefined, isStored),
  });
}

/** Filings in flight at once (see TFuzzTarget.concurrency). */
const FILINGS = 4;

const isNewFiling = (result: TActionResult<unknown>) =>
  result.ok && (result.data as { statusPath: string | null }).statusPath !== null;
const questionnaire = () => ({
  firstName: "Мария",
  lastName: "Иванова",
  email: testEmail("club"),
  ageBand: "AGE_25_34",
  usageFrequency: "MONTHLY",
  services: ["LETTERS"],
  interests: ["SURVEYS"],
  readyToInteract: "yes",
  dataConsent: true,
});

/** Signing in: the member's link request (next-auth's email provider) and the staff password check. */
function signInTargets(): Record<string, () => TFuzzTarget<unknown>> {
  const authorize = () => {
    const provider = getAuthOptions().providers.find((candidate) => candidate.id === "credentials") as {
      options: { authorize: (credentials: unknown, request: unknown) => Promise<unknown> };
    };
    return provider.options.authorize;
  };
  const refused = (error: unknown, known: RegExp): TFuzzOutcome => {
    const message = (error as Error).message ?? "";
    const isClean = (error as Error).name === "ZodError" || known.test(message);
    return {
      status: isClean ? 200 : 500,
      body: isClean ? "" : message,
      stored: 0,
      label: isClean ? "refused" : "error",
    };
  };
  return {
    "sign-in link request (member)": () => ({
      name: "sign-in link request (member)",
      cases: fc.oneof(
        { arbitrary: hostileValue, weight: 9 },
        { arbitrary: fc.constant(null).map(() => testEmail("signin")), weight: 1 },
      ),
      rows: () => db.outboxMessage.count(),
      send: async (identifier, i) =>
        inRequest(clientAddress(i), () =>
          sendMemberSignInLink({
            identifier: identifier as string,
            url: "http://localhost:3000/api/auth/callback/email?token=x",
          }).then(
            (): TFuzzOutcome => ({ status: 200, body: "", stored: 1, label: "sent" }),
            (error: unknown) => refused(error, /^Too many sign-in links requested$/),
          ),
        ),
    }),
    "staff sign-in (credentials)": () => ({
      name: "staff sign-in (credentials)",
      cases: hostileInput(() => ({ email: "operator@portal.example", password: "wrong password here", totp: "" })),
      // A refused sign-in must leave no session behind.
      rows: () => db.authSession.count(),
      send: async (credentials) =>
        authorize()(credentials, { headers: { "x-real-ip": "192.0.2.50" } }).then(
          (): TFuzzOutcome => ({ status: 200, body: "", stored: 0, label: "signed in" }),
          (error: unknown) =>
            refused(error, /^(INVALID|LOCKED|ACCOUNT_LOCKED|RATE_LIMITED|TOTP_REQUIRED|TOTP_INVALID)/),
        ),
    }),
  };
}

/** Survey answers: a broken valid form, or answers keyed by the real questions with anything as values. */
const surveyAnswers = (credential: () => Record<string, string>) =>
  fc.oneof(
    {
      arbitrary: hostileInput(() => ({
        ...credential(),
        answers: { [survey.choice]: "yes", [survey.text]: "Вежливый оператор" },
      })),
      weight: 4,
    },
    {
      arbitrary: fc
        .dictionary(
          fc.oneof(
            fc.constant(null).map(() => survey.text),
            fc.constant(null).map(() => survey.choice),
            hostileString,
          ),
          hostileValue,
          { maxKeys: 3 },
        )
        .map((answers) => ({ ...credential(), answers })),
      weight: 1,
    },
  );
const surveyRows = () => db.surveyResponse.count({ where: { surveyId: survey.id } });

const TARGETS: Record<string, () => TFuzzTarget<unknown>> = {
  fileComplaintAction: actionTarget(
    "fileComplaintAction",
    fileComplaintAction,
    submission(() => complaintFields()),
    () => db.caseApplicant.count(),
    isNewFiling,
    FILINGS,
  ),
  fileClaimAction: actionTarget(
    "fileClaimAction",
    fileClaimAction,
    submission(() => claimFields()),
    () => db.caseApplicant.count(),
    isNewFiling,
    FILINGS,
  ),
  rateOfficeAction: actionTarget(
    "rateOfficeAction",
    rateOfficeAction,
    hostileInput(() => ({ officePostcode: "101000", score: 4, comment: "Быстро", email: testEmail() })),
    () => db.case.count(),
    undefined,
    FILINGS,
  ),
  reportQueueAction: actionTarget(
    "reportQueueAction",
    reportQueueAction,
    hostileInput(() => ({ officePostcode: "101000", comment: "Очередь на улице" })),
    () => db.case.count(),
    undefined,
    FILINGS,
  ),
  addInformationAction: actionTarget(
    "addInformationAction",
    addInformationAction,
    submission(() => ({ token: statusToken, text: "Дополнение к обращению" })),
    () => db.caseEvent.count(),
  ),
  rateAnswerAction: actionTarget(
    "rateAnswerAction",
    rateAnswerAction,
    hostileInput(() => ({ token: statusToken, score: 5 })),
    () => db.case.count({ where: { answerRating: { not: null } } }),
  ),
  // Shaped for useActionState: the form comes second; a plain object reads the same as the form's fields.
  rateAnswerFromLinkAction: actionTarget(
    "rateAnswerFromLinkAction",
    (input: never) => rateAnswerFromLinkAction(null, input),
    hostileInput(() => ({ token: statusToken, score: 5 })),
    () => db.caseEvent.count({ where: { kind: "ANSWER_RATED" } }),
  ),
  commentOnAnswerAction: actionTarget(
    "commentOnAnswerAction",
    (input: never) => commentOnAnswerAction(null, input),
    hostileInput(() => ({ token: statusToken, comment: "Спасибо" })),
    () => db.case.count({ where: { answerComment: { not: null } } }),
  ),
  reissueStatusLinkAction: actionTarget(
    "reissueStatusLinkAction",
    reissueStatusLinkAction,
    hostileInput(() => ({ token: reissueToken })),
    () => db.caseEvent.count({ where: { kind: "LINK_REISSUED" } }),
  ),
  submitQuestionnaireAction: actionTarget(
    "submitQuestionnaireAction",
    submitQuestionnaireAction,
    hostileInput(questionnaire),
    () => db.membershipApplication.count(),
  ),
  requestSignInLinkAction: actionTarget(
    "requestSignInLinkAction",
    requestSignInLinkAction,
    hostileInput(() => ({ email: testEmail("link"), callbackUrl: "/account" })),
    // A member's link or a stranger's invitation to join: one email either way.
    () => db.outboxMessage.count(),
  ),
  acceptInviteAction: actionTarget(
    "acceptInviteAction",
    acceptInviteAction,
    hostileInput(() => ({
      token: randomBytes(24).toString("base64url"),
      password: "Correct-Horse-2026",
      confirm: "Correct-Horse-2026",
    })),
    () => db.staffUser.count({ where: { passwordHash: { not: null } } }),
  ),
  setLocaleAction: actionTarget(
    "setLocaleAction",
    setLocaleAction as TAction,
    fc.oneof(
      hostileValue,
      mutated(() => ({ locale: "en" })).map((fields) => {
        const form = new FormData();
        for (const [key, value] of Object.entries(fields))
          form.set(key, typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
        return form;
      }),
    ),
    async () => 0,
  ),
  updateMemberProfileAction: actionTarget(
    "updateMemberProfileAction",
    updateMemberProfileAction,
    hostileInput(() => ({
      firstName: "Мария",
      lastName: "Иванова",
      phone: "+7 900 000-00-00",
      region: "Москва",
      city: "Москва",
    })),
    () => db.member.count(),
    () => false,
  ),
  setNewsConsentAction: actionTarget(
    "setNewsConsentAction",
    setNewsConsentAction,
    hostileInput(() => ({ isGiven: true })),
    () => db.member.count(),
    () => false,
  ),
  memberSignOutEverywhereAction: actionTarget(
    "memberSignOutEverywhereAction",
    memberSignOutEverywhereAction as TAction,
    hostileValue,
    () => db.member.count(),
    () => false,
  ),
  // No reward has a generated id: a valid input is refused (NOT_FOUND) and stores nothing.
  redeemRewardAction: actionTarget(
    "redeemRewardAction",
    redeemRewardAction,
    hostileInput(() => ({ rewardId: crypto.randomUUID() })),
    () => db.redemption.count(),
  ),
  confirmMembershipAction: actionTarget(
    "confirmMembershipAction",
    confirmMembershipAction,
    hostileInput(() => ({ token: randomBytes(24).toString("base64url") })),
    () => db.member.count(),
    () => false,
  ),
  saveSurveyDraftByLinkAction: actionTarget(
    "saveSurveyDraftByLinkAction",
    saveSurveyDraftByLinkAction,
    surveyAnswers(() => ({ token: survey.token })),
    surveyRows,
    () => false,
  ),
  saveSurveyDraftAction: actionTarget(
    "saveSurveyDraftAction",
    saveSurveyDraftAction,
    surveyAnswers(() => ({ surveyId: survey.id })),
    surveyRows,
    () => false,
  ),
  submitSurveyByLinkAction: actionTarget(
    "submitSurveyByLinkAction",
    submitSurveyByLinkAction,
    surveyAnswers(() => ({ token: survey.token })),
    surveyRows,
    () => false,
  ),
  submitSurveyAction: actionTarget(
    "submitSurveyAction",
    submitSurveyAction,
    surveyAnswers(() => ({ surveyId: survey.id })),
    surveyRows,
    () => false,
  ),
  proposeIdeaAction: actionTarget(
    "proposeIdeaAction",
    proposeIdeaAction,
    hostileInput(() => ({ title: "Больше окон", body: "Открыть ещё два окна в часы пик", area: "OFFICES" })),
    () => db.idea.count(),
  ),
  rateAreaAction: actionTarget(
    "rateAreaAction",
    rateAreaAction,
    hostileInput(() => ({ area: "DELIVERY", score: 4, comment: "Быстро" })),
    () => db.areaRating.count(),
  ),
  supportIdeaAction: actionTarget(
    "supportIdeaAction",
    supportIdeaAction,
    hostileInput(() => ({ ideaId: crypto.randomUUID() })),
    () => db.ideaSupport.count(),
  ),
  applyToEventAction: actionTarget(
    "applyToEventAction",
    applyToEventAction,
    hostileInput(() => ({ eventId: crypto.randomUUID(), answers: {} })),
    () => db.eventRegistration.count(),
  ),
  cancelMyRegistrationAction: actionTarget(
    "cancelMyRegistrationAction",
    cancelMyRegistrationAction,
    hostileInput(() => ({ registrationId: crypto.randomUUID() })),
    () => db.eventRegistration.count(),
    () => false,
  ),
  // Last: a valid input really leaves the club.
  leaveClubAction: actionTarget(
    "leaveClubAction",
    leaveClubAction,
    hostileInput(() => ({ confirm: true })),
    () => db.member.count(),
    () => false,
  ),
  ...signInTargets(),
};

/** Every server action a visitor or a member can call: those in the (public) and (club) route groups. */
function publicActionNames(): string[] {
  const groups = ["app/(public)", "app/(club)"].map((folder) => path.join(process.cwd(), folder));
  const files = groups.flatMap((folder) =>
    fs
      .readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("actions.ts"))
      .map((file) => path.join(folder, file)),
  );
  return files.flatMap((file) =>
    [...fs.readFileSync(file, "utf8").matchAll(/export const (\w+Action)\b/g)].map((match) => match[1]),
  );
}

describe("hostile input to the public server actions", () => {
  it("covers every public and member server action", () => {
    const missing = publicActionNames().filter((name) => !(name in TARGETS));
    expect(missing, "add a row to TARGETS for each").toEqual([]);
  });

  for (const [name, target] of Object.entries(TARGETS)) {
    it(`${name}: no unexpected failure, no leak, nothing stored from a rejected input`, async () => {
      const report = await runFuzz(target());
      expect(report.failures.slice(0, 5)).toEqual([]);
      expect(report.cases).toBe(FUZZ_CASES);
      expect(report.rowsAdded).toBe(report.stored);
    }, 300_000);
  }
});

describe("markup in accepted fields", () => {
  it("is refused in a name, so it never reaches an email's greeting", async () => {
    const result = await inRequest("192.0.2.78", () =>
      fileComplaintAction(
        submissionFormData(
          complaintFields({
            firstName: MARKUP[1],
            lastName: MARKUP[0],
            patronymic: MARKUP[2],
            email: testEmail("name"),
          }),
          randomBytes(12).toString("hex"),
        ),
      ),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { firstName: expect.any(String), lastName: expect.any(String), patronymic: expect.any(String) },
    });
  });

  it("is shown as text in the console's case page and in the email the applicant gets", async () => {
    const markup = MARKUP.join(" ");
    const result = await inRequest("192.0.2.77", () =>
      fileComplaintAction(
        submissionFormData(
          complaintFields({
            text: `Жалоба ${markup}`,
            email: testEmail("markup"),
          }),
          randomBytes(12).toString("hex"),
        ),
      ),
    );
    expect(result).toMatchObject({ ok: true });
    const caseNumber = (result as { data: { caseNumber: string } }).data.caseNumber;

    const admin: TStaffUser = {
      kind: "staff",
      id: randomBytes(8).toString("hex"),
      email: "admin@portal.example",
      name: "Админ",
      role: "ADMIN",
      officePostcodes: [],
      hasTotp: false,
    };
    const found = await getCaseForStaff(caseNumber, admin);
    expect(found).not.toBeNull();
    // The page's two server components that show what the applicant wrote, rendered as the page renders them.
    const page = renderToStaticMarkup(
      createElement(Fragment, null, await CaseFields({ found: found! }), await CaseThread({ found: found! })),
    );
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(liveMarkupIn(page)).toBeNull();

    const emails = await emailsWhere({ to: found!.applicants[0].email });
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails) {
      expect(liveMarkupIn(email.html)).toBeNull();
      expect(email.subject).not.toMatch(/<script/i);
    }
    console.info(
      `markup: case ${caseNumber} rendered in the console (${page.length} characters) and ${emails.length} email(s), no live markup`,
    );
  });
});
