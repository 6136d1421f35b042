import type { Browser } from "@playwright/test";

import { fileComplaintThroughForm } from "./support/complaint-form";
import { sql } from "./support/database";
import { createStaff, signInStaff } from "./support/identities";
import { expect, test } from "./support/test";

// Two operators on one case, each in a browser of their own (a context each, signed in as themselves). The
// heartbeat runs every ten seconds, so a colleague's arrival or writing shows within about that.

const caseUrl = (number: string) => `/console/cases/${encodeURIComponent(number)}`;
const HEARTBEAT_WAIT = { timeout: 25_000 };
// A send is a draft save and a server action one after the other, then the page read again: on a machine busy
// with other tests that takes longer than an assertion's default wait.
const SEND_WAIT = { timeout: 20_000 };

async function operatorDesk(browser: Browser, clientAddress: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: "ru-RU",
    extraHTTPHeaders: { "x-forwarded-for": clientAddress },
  });
  const staff = await createStaff("OPERATOR");
  await signInStaff(context.request, staff);
  return { context, page: await context.newPage(), staff };
}

async function repliesOn(number: string): Promise<number> {
  const [row] = await sql<{ count: string }>(
    `SELECT count(*) FROM "CaseEvent" e JOIN "Case" c ON c."id" = e."caseId"
     WHERE c."number" = $1 AND e."kind" = 'PUBLIC_REPLY'`,
    [number],
  );
  return Number(row.count);
}

test.describe("two operators on one case @desktop", () => {
  test("each sees the other on the case and who is writing; a reply sent meanwhile is shown before one's own goes", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const number = await fileComplaintThroughForm(page, {
      lastName: "Лебедева",
      firstName: "Ольга",
      email: `collision-${Date.now()}@mail.example`,
      text: "Извещение пришло, а посылку в отделении не нашли.",
    });
    const first = await operatorDesk(browser, "203.0.113.41");
    const second = await operatorDesk(browser, "203.0.113.42");
    await first.page.goto(caseUrl(number));
    await second.page.goto(caseUrl(number));

    await expect(second.page.getByTestId("case-presence")).toContainText(
      `Это дело сейчас открыто у коллеги: ${first.staff.name}`,
      HEARTBEAT_WAIT,
    );
    await expect(first.page.getByTestId("case-presence")).toContainText(second.staff.name, HEARTBEAT_WAIT);

    const firstText = "Здравствуйте! Посылка найдена на складе, её выдадут завтра.";
    await first.page.getByTestId("reply-form").getByLabel("Текст ответа").fill(firstText);
    await expect(second.page.getByTestId("case-presence")).toContainText(
      `${first.staff.name} пишет ответ`,
      HEARTBEAT_WAIT,
    );
    await expect(second.page.getByTestId("reply-presence")).toContainText(`${first.staff.name} пишет ответ`);
    // Nothing about oneself: the first sees the second, who is not writing.
    await expect(first.page.getByTestId("case-presence")).not.toContainText(first.staff.name);
    await expect(first.page.getByTestId("case-presence")).not.toContainText("пишет ответ");

    const secondText = "Здравствуйте! Мы запросили отделение, ответим в течение дня.";
    const secondForm = second.page.getByTestId("reply-form");
    await secondForm.getByLabel("Текст ответа").fill(secondText);

    // The first sends from the keyboard.
    const firstForm = first.page.getByTestId("reply-form");
    await firstForm.getByLabel("Текст ответа").press("Control+Enter");
    await expect(firstForm.getByRole("status").filter({ hasText: "Ответ отправлен" })).toContainText(
      "Ответ отправлен (1 получатель)",
      SEND_WAIT,
    );
    expect(await repliesOn(number)).toBe(1);

    await secondForm.getByRole("button", { name: "Отправить ответ" }).click();
    const warning = secondForm.getByTestId("reply-overtaken");
    await expect(warning).toContainText("Пока вы писали, на это дело уже ответили", SEND_WAIT);
    await expect(warning).toContainText(`Автор ответа: ${first.staff.name}`);
    await expect(warning).toContainText(firstText);
    // The refused send read the page again: the first's reply is in the thread, and only it was sent.
    await expect(second.page.getByTestId("case-history")).toContainText(firstText);
    expect(await repliesOn(number)).toBe(1);
    await expect(secondForm.getByLabel("Текст ответа")).toHaveValue(secondText);
    await expect(secondForm.getByText("Ответ отправлен")).toHaveCount(0);

    await warning.getByRole("button", { name: "Всё равно отправить" }).click();
    await expect(secondForm.getByText("Ответ отправлен (1 получатель)")).toBeVisible(SEND_WAIT);
    await expect(secondForm.getByTestId("reply-overtaken")).toHaveCount(0);
    expect(await repliesOn(number)).toBe(2);
    await expect(second.page.getByTestId("case-history")).toContainText(secondText);

    // Leaving the page takes one off the case at once.
    await first.page.close();
    await expect(second.page.getByTestId("case-presence")).not.toContainText(first.staff.name, HEARTBEAT_WAIT);
    await first.context.close();
    await second.context.close();
  });

  test("a draft survives a reload, is the author's alone, and goes when deleted", async ({ page, browser }) => {
    const number = await fileComplaintThroughForm(page, {
      lastName: "Кузнецов",
      firstName: "Павел",
      email: `draft-${Date.now()}@mail.example`,
      text: "Бандероль вернули отправителю без попытки вручения.",
    });
    const author = await operatorDesk(browser, "203.0.113.43");
    await author.page.goto(caseUrl(number));
    const form = author.page.getByTestId("reply-form");
    await form.getByLabel("Шаблон").selectOption({ label: "Ответ на жалобу: меры приняты" });
    const draftText = `${await form.getByLabel("Текст ответа").inputValue()}\nДобавлено от руки.`;
    await form.getByLabel("Текст ответа").fill(draftText);
    await expect(form.getByTestId("reply-draft-status")).toContainText(/Черновик сохранён в \d{2}:\d{2}/);

    await author.page.reload();
    await expect(form.getByLabel("Текст ответа")).toHaveValue(draftText);
    await expect(form.getByLabel("Шаблон")).toHaveValue(/.+/);
    await expect(form.getByTestId("reply-draft-status")).toContainText("Черновик сохранён в");

    // A colleague opening the case starts from an empty box.
    const colleague = await operatorDesk(browser, "203.0.113.44");
    await colleague.page.goto(caseUrl(number));
    await expect(colleague.page.getByTestId("reply-form").getByLabel("Текст ответа")).toHaveValue("");
    await colleague.context.close();

    await form.getByRole("button", { name: "Удалить черновик" }).click();
    await expect(form.getByTestId("reply-draft-status")).toHaveText("Черновик удалён");
    await expect(form.getByLabel("Текст ответа")).toHaveValue("");
    await author.page.reload();
    await expect(form.getByLabel("Текст ответа")).toHaveValue("");
    await author.context.close();
  });
});
