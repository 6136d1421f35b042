import type { Page } from "@playwright/test";

import en from "../lib/i18n/messages/en.json";
import ru from "../lib/i18n/messages/ru.json";
import { findings, scanPages, sendEmpty } from "./support/axe";
import { fileComplaintThroughForm } from "./support/complaint-form";
import { createStaff, signInMember, signInStaff } from "./support/identities";
import { DEMO_EVENT, DEMO_SURVEY, seedPageData } from "./support/page-fixtures";
import { expect, test } from "./support/test";

/**
 * axe on every page of the portal, in Russian and in English: the public desk and the club (also each public
 * form after an empty submit), a member's pages, and the console with an administrator, who sees every part
 * of it. WCAG 2.1 A and AA and axe's best practices; a finding names its rule, impact and elements.
 */
const LANGUAGES = ["ru", "en"] as const;
type TData = Awaited<ReturnType<typeof seedPageData>>;

let data: TData;
test.beforeAll(async () => {
  data = await seedPageData();
});

/** The console's forms sent empty, and what a button opens: each state, on its page. */
const CONSOLE_STATES: { path: (d: TData) => string; act: (page: Page, texts: typeof ru) => Promise<void> }[] = [
  {
    path: (d) => `/console/cases/${encodeURIComponent(d.caseNumber)}`,
    // (Not the status form: it always has a move chosen, and would make it.)
    act: async (page) => {
      await page.getByTestId("case-more-actions").locator("summary").click();
      for (const form of ["reply-form", "note-form", "merge-form"]) await sendEmpty(page.getByTestId(form));
    },
  },
  {
    path: () => "/console/cases",
    act: async (page, texts) => {
      await page.getByRole("checkbox", { name: texts.inbox.selectAll }).check();
    },
  },
  {
    path: () => "/console/surveys/new",
    act: async (page, texts) => {
      const builder = texts.surveys.builder;
      for (const kind of Object.values(texts.surveys.kinds)) {
        await page.getByRole("button", { name: builder.add.replace("{kind}", kind), exact: true }).click();
      }
      await page.getByRole("button", { name: builder.save, exact: true }).click();
      await expect(page.getByRole("main").locator('[aria-invalid="true"]').first()).toBeVisible();
      await page.getByRole("button", { name: builder.preview, exact: true }).click();
    },
  },
  {
    path: () => "/console/templates",
    act: async (page) => {
      for (const form of ["template-new", "topic-new"]) await sendEmpty(page.getByTestId(form));
    },
  },
  {
    path: () => "/console/loyalty",
    act: async (page) => {
      for (const form of ["rule-new", "reward-new"]) await sendEmpty(page.getByTestId(form));
    },
  },
  { path: () => "/console/calendar", act: (page) => sendEmpty(page.getByTestId("calendar-day-form")) },
  { path: (d) => `/console/members/${d.member.id}`, act: (page) => sendEmpty(page.getByTestId("adjust-points")) },
  { path: () => "/console/events", act: (page) => sendEmpty(page.getByTestId("event-new")) },
  { path: () => `/console/events/${DEMO_EVENT}`, act: (page) => sendEmpty(page.getByTestId("check-in")) },
  {
    path: () => "/console/staff",
    act: (page, texts) => sendEmpty(page.locator("form").filter({ hasText: texts.staff.send })),
  },
  {
    path: () => "/console/api-keys",
    act: (page, texts) => sendEmpty(page.locator("form").filter({ hasText: texts.apiKeys.submit })),
  },
  {
    // Turning on the second factor shows its QR code and asks for a code.
    path: () => "/console/account",
    act: async (page, texts) => {
      await page.getByRole("button", { name: texts.totp.start, exact: true }).click();
      await expect(page.getByLabel(texts.totp.code)).toBeVisible();
    },
  },
];

const publicPaths = (d: TData) => [
  "/",
  "/complaints",
  "/complaints/new",
  "/claims/new",
  "/offices/rate",
  "/offices/queue",
  "/privacy",
  "/meetings",
  "/club",
  "/club/join",
  "/club/questionnaire",
  "/club/confirm/not-a-real-token",
  "/sign-in",
  "/sign-in/check-email",
  "/sign-in/error",
  `/status/${d.statusToken}`,
  `/status/${d.statusToken}/rate`,
  // Arriving from the email's score link records it and asks for a comment.
  `/status/${d.statusToken}/rate?score=4`,
  `/survey/${d.surveyToken}`,
  "/console/sign-in",
  `/console/invite/${d.inviteToken}`,
  `/console/unlock/${d.unlockToken}`,
];

/** Each public form's submit button, by the words it shows, in each language. */
const FORMS: { path: (d: TData) => string; submit: (texts: typeof ru) => string }[] = [
  { path: () => "/complaints/new", submit: (texts) => texts.filing.submitComplaint },
  { path: () => "/claims/new", submit: (texts) => texts.filing.submitClaim },
  { path: () => "/offices/rate", submit: (texts) => texts.desk.submitRating },
  { path: () => "/offices/queue", submit: (texts) => texts.desk.submitQueue },
  { path: () => "/club/join", submit: (texts) => texts.club.join.submit },
  { path: () => "/sign-in", submit: (texts) => texts.auth.sendLink },
  { path: () => "/console/sign-in", submit: (texts) => texts.auth.signIn },
  { path: (d) => `/status/${d.statusToken}`, submit: (texts) => texts.statusPage.send },
  { path: (d) => `/survey/${d.surveyToken}`, submit: (texts) => texts.surveys.answer.submit },
  { path: (d) => `/console/invite/${d.inviteToken}`, submit: (texts) => texts.invite.submit },
];

test("the receipt shown after filing passes axe", async ({ page }) => {
  await fileComplaintThroughForm(page, {
    lastName: "Смирнова",
    firstName: "Ольга",
    email: `receipt-${Date.now()}@mail.example`,
    text: "В отделении работало одно окно из четырёх, очередь 40 минут.",
  });
  const found = await findings(page, "/complaints/new, filed");
  expect(found, found.join("\n")).toEqual([]);
});

for (const language of LANGUAGES) {
  const texts = language === "ru" ? ru : en;

  test.describe(`in ${language === "ru" ? "Russian" : "English"}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: language, url: baseURL! }]);
    });

    test("public pages pass axe", async ({ page }) => {
      test.setTimeout(240_000);
      const found = await scanPages(page, language, publicPaths(data));
      expect(found, found.join("\n")).toEqual([]);
    });

    test("public forms sent empty, with their errors shown, pass axe", async ({ page }) => {
      test.setTimeout(240_000);
      const found: string[] = [];
      for (const form of FORMS) {
        const path = form.path(data);
        await page.goto(path);
        await page.getByRole("button", { name: form.submit(texts), exact: true }).click();
        await expect(page.getByRole("main").locator('[aria-invalid="true"], [role="alert"]').first()).toBeVisible();
        found.push(...(await findings(page, `${path}, sent empty [${language}]`)));
      }
      expect(found, found.join("\n")).toEqual([]);
    });

    test("member pages pass axe", async ({ context, page }) => {
      test.setTimeout(240_000);
      await signInMember(context.request, data.member);
      const found = await scanPages(page, language, [
        "/account",
        `/account/cases/${encodeURIComponent(data.caseNumber)}`,
        "/events",
        "/ideas",
        "/surveys",
        `/surveys/${data.surveyId}`,
      ]);
      expect(found, found.join("\n")).toEqual([]);
    });

    test("console pages pass axe @desktop", async ({ context, page }) => {
      test.setTimeout(300_000);
      await signInStaff(context.request, data.admin);
      const found = await scanPages(page, language, [
        "/console",
        "/console/account",
        "/console/cases",
        `/console/cases/${encodeURIComponent(data.caseNumber)}`,
        "/console/templates",
        "/console/reports",
        "/console/calendar",
        "/console/members",
        `/console/members/${data.member.id}`,
        "/console/loyalty",
        `/console/loyalty/imports/${data.importId}`,
        "/console/surveys",
        "/console/surveys/new",
        `/console/surveys/${DEMO_SURVEY}`,
        `/console/surveys/${data.surveyId}/results`,
        "/console/events",
        `/console/events/${DEMO_EVENT}`,
        "/console/ideas",
        "/console/staff",
        `/console/staff/${data.staffId}`,
        "/console/api-keys",
      ]);
      expect(found, found.join("\n")).toEqual([]);
    });

    test("console forms sent empty, and what their buttons open, pass axe @desktop", async ({ context, page }) => {
      test.setTimeout(300_000);
      await signInStaff(context.request, data.admin);
      const found: string[] = [];
      for (const state of CONSOLE_STATES) {
        const path = state.path(data);
        await page.goto(path);
        await state.act(page, texts);
        found.push(...(await findings(page, `${path}, after pressing [${language}]`)));
      }
      expect(found, found.join("\n")).toEqual([]);
    });

    test("a member's forms sent empty pass axe", async ({ context, page }) => {
      await signInMember(context.request, data.member);
      const found: string[] = [];
      await page.goto("/ideas");
      for (const form of ["propose-idea", "rate-area"]) await sendEmpty(page.getByTestId(form));
      found.push(...(await findings(page, `/ideas, sent empty [${language}]`)));
      await page.goto(`/surveys/${data.surveyId}`);
      await sendEmpty(page.getByRole("main").locator("form"));
      found.push(...(await findings(page, `/surveys/${data.surveyId}, sent empty [${language}]`)));
      expect(found, found.join("\n")).toEqual([]);
    });

    test("the not-found and no-access pages pass axe", async ({ context, page }) => {
      await signInStaff(context.request, await createStaff("ANALYST"));
      const found: string[] = [];
      // A page that is not there, and a console page an analyst may not open: the page says which it is.
      for (const [path, title] of [
        ["/no-such-page", texts.notFound.title],
        ["/console/staff", texts.forbidden.title],
      ]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
        found.push(...(await findings(page, `${path} [${language}]`)));
      }
      expect(found, found.join("\n")).toEqual([]);
    });
  });
}
