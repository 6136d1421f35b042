import { randomBytes } from "node:crypto";

const TOKEN = /^[a-z0-9]{20}$/;

/** A case's reply token: lower-case letters and digits, since some mail systems lower-case addresses. */
export function newReplyToken(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return Array.from(randomBytes(20), (byte) => alphabet[byte % alphabet.length]).join("");
}

/** reply@portal.example + token → reply+token@portal.example */
export function replyAddressFor(mailbox: string, token: string): string {
  const [local, domain] = mailbox.split("@");
  return `${local}+${token}@${domain}`;
}

/** The reply token in any of the recipient addresses of an incoming email, if one is there. */
export function replyTokenFrom(mailbox: string, recipients: string[]): string | null {
  const [local, domain] = mailbox.toLowerCase().split("@");
  for (const recipient of recipients) {
    const match = recipient.toLowerCase().match(/^([^+@]+)\+([^@]+)@(.+)$/);
    if (match && match[1] === local && match[3] === domain && TOKEN.test(match[2])) return match[2];
  }
  return null;
}
