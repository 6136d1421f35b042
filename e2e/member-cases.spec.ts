import type { Page } from "@playwright/test";

import { fileComplaintThroughForm } from "./support/complaint-form";
import { createMember, signInMember } from "./support/identities";
import { waitForEmail } from "./support/mail";
import { expect, test } from "./support/test";

/** Files a complaint through the form with `email` for the answer; returns its number. */
function fileComplaint(page: Page, email: string, lastName: string): Promise<string> {
  return fileComplaintThroughForm(page, {
    lastName,
    firstName: "Ольга",
    email,
    text: "В отделении работало одно окно из четырёх, очередь 40 минут.",
  });
}

test("a member's account lists the complaint they filed signed in, and one filed with their address only once they open its emailed link signed in", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const member = await createMember("Анна");

  // Someone else, not signed in, types the member's address into the form.
  const stranger = await browser.newContext();
  const strangers = await fileComplaint(await stranger.newPage(), member.email, "Посторонняя");
  await stranger.close();

  await signInMember(page.request, member);
  const own = await fileComplaint(page, member.email, "Тестова");

  const cases = page.getByRole("region", { name: "Мои обращения" });
  await page.goto("/account");
  await expect(cases).toContainText(own);
  await expect(cases).not.toContainText(strangers);

  // The email with the stranger's filing went to the member's mailbox; opening its link signed in takes it in.
  const mail = await waitForEmail({ to: member.email, subject: `Ваше обращение зарегистрировано: ${strangers}` });
  await page.goto(mail.links.find((href) => href.includes("/status/"))!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Обращение ${strangers}`);
  await page.goto("/account");
  await expect(cases).toContainText(own);
  await expect(cases).toContainText(strangers);
});
