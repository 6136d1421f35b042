/** What nodemailer puts on an SMTP error besides the message. */
type TSmtpError = Error & { code?: string; responseCode?: number; command?: string };

function asSmtpError(error: unknown): TSmtpError {
  return error instanceof Error ? error : new Error(String(error));
}

/** A short code for logs: nodemailer's error code and the server's reply code, e.g. "EENVELOPE 451". */
export function smtpErrorCode(error: unknown): string {
  const { code, responseCode } = asSmtpError(error);
  return [code ?? "ERROR", responseCode].filter(Boolean).join(" ");
}

/**
 * The reason stored with the message: the code, the SMTP command and the server's reply (or the network
 * error). Never the message body, which nodemailer does not put in errors.
 */
export function describeSmtpError(error: unknown): string {
  const smtpError = asSmtpError(error);
  const command = smtpError.command ? ` at ${smtpError.command}` : "";
  return `${smtpErrorCode(smtpError)}${command}: ${smtpError.message}`.slice(0, 500);
}

/**
 * A 5xx reply to RCPT TO: the server says this recipient will never be accepted, so retrying only delays
 * the FAILED status. Every other failure — 4xx, network errors, timeouts, even a 5xx to authentication,
 * which usually means a configuration being fixed — is retried.
 */
export function isPermanentRefusal(error: unknown): boolean {
  const { responseCode, command } = asSmtpError(error);
  return responseCode !== undefined && responseCode >= 500 && command === "RCPT TO";
}

/** The server's id for an accepted message: "queued as X" from its 250 reply, else the whole reply. */
export function providerMessageIdOf(response: string): string {
  return (/queued as\s+<?([^\s>]+)/i.exec(response)?.[1] ?? response).trim().slice(0, 200);
}
