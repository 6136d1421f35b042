import { describe, expect, it } from "vitest";

import { parseConfig } from "@/lib/config";

import { describeSmtpError, isPermanentRefusal, providerMessageIdOf } from "./smtp-errors";
import { mailSettings, messageIdFor, senderAddress } from "./transport";

function smtpError(
  message: string,
  fields: { code?: string; responseCode?: number; command?: string; response?: string },
) {
  return Object.assign(new Error(message), fields);
}

describe("mail settings", () => {
  it("keep mail in the mailbox without an SMTP server", () => {
    expect(mailSettings(parseConfig({}))).toEqual({
      transport: "mailbox",
      from: "Клуб клиентов <no-reply@portal.example>",
    });
  });

  it("take an SMTP URL as it is", () => {
    const settings = mailSettings(parseConfig({ SMTP_URL: "smtps://mailer:secret@smtp.club.example" }));
    expect(settings).toMatchObject({ transport: "smtp", smtp: { url: "smtps://mailer:secret@smtp.club.example" } });
  });

  it("build the connection from the parts, with the port that goes with TLS", () => {
    const parts = { SMTP_HOST: "smtp.club.example", SMTP_USER: "mailer", SMTP_PASSWORD: "secret" };
    expect(mailSettings(parseConfig(parts))).toMatchObject({
      smtp: { host: "smtp.club.example", port: 587, secure: false, auth: { user: "mailer", pass: "secret" } },
    });
    expect(mailSettings(parseConfig({ ...parts, SMTP_SECURE: "true" }))).toMatchObject({
      smtp: { port: 465, secure: true },
    });
    expect(mailSettings(parseConfig({ SMTP_HOST: "relay.internal", SMTP_PORT: "25" }))).toMatchObject({
      smtp: { host: "relay.internal", port: 25, auth: undefined },
    });
  });
});

describe("message ids", () => {
  it("are the outbox id at the sender's domain, the same on every attempt", () => {
    const id = "0199a3b2-7c1d-7e00-8000-000000000001";
    expect(messageIdFor(id, "Клуб клиентов <no-reply@club.example>")).toBe(`<${id}@club.example>`);
    expect(messageIdFor(id, "robot@post.example")).toBe(`<${id}@post.example>`);
    expect(senderAddress("Клуб <a@b.example>")).toBe("a@b.example");
  });
});

describe("SMTP errors", () => {
  const refused = smtpError("Can't send mail - all recipients were rejected: 451 4.3.0 Try again later", {
    code: "EENVELOPE",
    responseCode: 451,
    command: "RCPT TO",
  });

  it("are described by code, command and the server's reply", () => {
    expect(describeSmtpError(refused)).toBe(
      "EENVELOPE 451 at RCPT TO: Can't send mail - all recipients were rejected: 451 4.3.0 Try again later",
    );
    expect(describeSmtpError(smtpError("connect ECONNREFUSED 127.0.0.1:25", { code: "ESOCKET" }))).toBe(
      "ESOCKET: connect ECONNREFUSED 127.0.0.1:25",
    );
    expect(describeSmtpError("weird")).toBe("ERROR: weird");
    expect(describeSmtpError(smtpError("x".repeat(2_000), {}))).toHaveLength(500);
  });

  it("count as permanent only when the server refuses the recipient with 5xx", () => {
    expect(isPermanentRefusal(refused)).toBe(false);
    expect(isPermanentRefusal(smtpError("No such user", { responseCode: 550, command: "RCPT TO" }))).toBe(true);
    expect(isPermanentRefusal(smtpError("Authentication failed", { responseCode: 535, command: "AUTH PLAIN" }))).toBe(
      false,
    );
    expect(isPermanentRefusal(smtpError("Greeting never received", { code: "ETIMEDOUT" }))).toBe(false);
  });
});

describe("provider message ids", () => {
  it("are taken from the 250 reply", () => {
    expect(providerMessageIdOf("250 2.0.0 Ok: queued as 4XyZ12")).toBe("4XyZ12");
    expect(providerMessageIdOf("250 OK: queued as <abc@mx>")).toBe("abc@mx");
    expect(providerMessageIdOf("250 Great success")).toBe("250 Great success");
  });
});
