import { describe, expect, it } from "vitest";

import { renderEmail } from "@/lib/email/render-email";

import { fillPlaceholders, subjectWithNumber, withoutNameGreeting } from "./placeholders";

const values = {
  name: "Анна Сергеевна",
  caseNumber: "Ж-2026-000001",
  dueDate: "21 декабря 2026 г.",
  statusLink: "https://portal.example/status/abc",
  trackingNumber: "RB123456785GB",
};

describe("reply placeholders", () => {
  it("fill every placeholder and leave unknown ones as written", () => {
    const text =
      "Здравствуйте, {name}! Обращение {caseNumber} ({trackingNumber}) до {dueDate}: {statusLink}. {unknown}";
    expect(fillPlaceholders(text, values)).toBe(
      "Здравствуйте, Анна Сергеевна! Обращение Ж-2026-000001 (RB123456785GB) до 21 декабря 2026 г.: https://portal.example/status/abc. {unknown}",
    );
  });

  it("leave the greeting out of the history's copy, and keep {name} within a longer sentence", () => {
    expect(
      withoutNameGreeting("Здравствуйте, {name}!\n\nОтвет готов.\nСпасибо, {name}, что написали нам и подождали."),
    ).toBe("Ответ готов.\nСпасибо, {name}, что написали нам и подождали.");
    expect(withoutNameGreeting("Dear {name},\nThe answer is ready.")).toBe("The answer is ready.");
  });

  it("never expand a placeholder that a value brings in", () => {
    expect(fillPlaceholders("{name}", { ...values, name: "{statusLink}" })).toBe("{statusLink}");
  });

  it("put the case number into a subject that lacks it", () => {
    expect(subjectWithNumber("Ответ на ваше обращение", "Ж-2026-000001")).toBe(
      "Ответ на ваше обращение (Ж-2026-000001)",
    );
    expect(subjectWithNumber("Ответ по обращению Ж-2026-000001", "Ж-2026-000001")).toBe(
      "Ответ по обращению Ж-2026-000001",
    );
  });

  it("escape HTML and scripts in a name in the email's HTML, keeping the text part as typed", async () => {
    const name = `Ева <script>alert("x")</script><b>`;
    const email = await renderEmail({
      template: "case-reply",
      to: "a@mail.example",
      locale: "ru",
      data: {
        subject: "Ответ",
        body: fillPlaceholders("Здравствуйте, {name}!\n\nОтвет готов.", { ...values, name }),
        statusUrl: values.statusLink,
      },
    });
    expect(email.html).not.toContain("<script>");
    expect(email.html).not.toContain("<b>");
    expect(email.html).toContain("Ева &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;");
    expect(email.text).toContain(`Здравствуйте, ${name}!`);
  });
});
