import { createHash } from "node:crypto";

/** Providers that deliver every spelling below to one mailbox, by the domain they are known under. */
const DOMAIN_ALIASES: Record<string, string> = {
  "googlemail.com": "gmail.com",
  "ya.ru": "yandex.ru",
  "yandex.com": "yandex.ru",
  "yandex.by": "yandex.ru",
  "yandex.kz": "yandex.ru",
  "yandex.ua": "yandex.ru",
};

/**
 * The mailbox an address delivers to, as far as limits care: lower case, without a "+tag" (most providers,
 * Gmail, Yandex, Mail.ru and Outlook among them, deliver name+anything@ to name@), Gmail without dots in the
 * name, Yandex with dots and hyphens alike. So victim+1@… and v.i.c.t.i.m@gmail.com share victim's budget.
 * Used for keys only: mail still goes to the address as written.
 */
export function normalizeMailbox(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const at = trimmed.lastIndexOf("@");
  if (at < 1) return trimmed;
  const domain = DOMAIN_ALIASES[trimmed.slice(at + 1)] ?? trimmed.slice(at + 1);
  let local = trimmed.slice(0, at).split("+")[0] || trimmed.slice(0, at);
  if (domain === "gmail.com") local = local.replaceAll(".", "");
  if (domain === "yandex.ru") local = local.replaceAll(".", "-");
  return `${local}@${domain}`;
}

/**
 * The part of a rate-limit key that stands for a mailbox: a hash of the normalised mailbox, so the limits
 * table never holds an address, and every spelling of one mailbox shares one key.
 */
export function mailboxKey(address: string): string {
  return createHash("sha256")
    .update(`mailbox:${normalizeMailbox(address)}`)
    .digest("base64url")
    .slice(0, 27);
}
