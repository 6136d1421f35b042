import { claimFields, testEmail } from "../lib/cases/test-fixtures";
import { createStaff, signInStaff } from "./support/identities";
import { expect, test } from "./support/test";

/** A claim the API accepts, with a fresh tracking number so it opens a case of its own. */
const claim = () => claimFields({ email: testEmail("api-claim") });

test("an admin issues a key in the console; a system files a claim with it and follows the case; revoking stops the key", async ({
  page,
  request,
}) => {
  const admin = await createStaff("ADMIN");
  await signInStaff(page.request, admin);
  const name = `Колл-центр ${Date.now()}`;

  await page.goto("/console");
  await page.getByRole("link", { name: "API-ключи" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API-ключи");
  await page.getByLabel("Название").fill(name);
  await page.getByLabel("Читать статус любого обращения (cases:read)").check();
  await page.getByRole("button", { name: "Выпустить ключ" }).click();

  await expect(page.getByRole("heading", { name: `Ключ «${name}» выпущен` })).toBeVisible();
  await expect(page.getByText("он показывается один раз")).toBeVisible();
  const key = await page.getByLabel("Ключ", { exact: true }).inputValue();
  expect(key).toMatch(/^pk_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("cases:write, cases:read");
  await expect(row).toContainText(key.slice(0, 8));
  await expect(row).toContainText("Не использовался");
  // Only the prefix is ever shown again.
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);

  const filed = await request.post("/api/v1/claims", {
    headers: { Authorization: `Bearer ${key}`, "Idempotency-Key": `e2e-${crypto.randomUUID()}` },
    data: claim(),
  });
  expect(filed.status()).toBe(201);
  const body = await filed.json();
  expect(body).toMatchObject({
    caseNumber: expect.stringMatching(/^Р-\d{4}-\d{6}$/),
    status: "REGISTERED",
    isJoined: false,
  });
  expect(filed.headers().location).toContain(`/api/v1/cases/${encodeURIComponent(body.caseNumber)}`);

  const status = await request.get(`/api/v1/cases/${encodeURIComponent(body.caseNumber)}`, {
    headers: { Authorization: `Bearer ${body.statusToken}` },
  });
  expect(status.status()).toBe(200);
  expect(await status.json()).toMatchObject({
    number: body.caseNumber,
    type: "CLAIM",
    status: "REGISTERED",
    history: [{ kind: "FILED" }],
  });

  const openapi = await request.get("/api/v1/openapi.json");
  expect(openapi.status()).toBe(200);
  const document = await openapi.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(["/api/v1/complaints", "/api/v1/claims", "/api/v1/cases/{number}"]),
  );

  await page.reload();
  await expect(row).not.toContainText("Не использовался");
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Отозвать: ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "отозван" })).toHaveText(`Ключ «${name}» отозван.`);
  await expect(row).toContainText("Отозван");

  const refused = await request.post("/api/v1/claims", { headers: { Authorization: `Bearer ${key}` }, data: claim() });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect((await refused.json()).detail).toContain("ключ API");
});
