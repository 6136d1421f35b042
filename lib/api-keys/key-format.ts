import { randomBytes } from "node:crypto";

import { hashLinkToken } from "@/lib/auth/tokens";

const PREFIX = "pk_";
/** pk_ and 32 random bytes in base64url (43 characters). */
const KEY_PATTERN = /^pk_[A-Za-z0-9_-]{43}$/;
/** Enough of the key to tell keys apart in the console, far too little to guess the rest. */
const SHOWN_LENGTH = 8;

/** A new key. Only its sha256 is stored: the key itself is shown once and cannot be recovered. */
export function newApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, keyHash: hashApiKey(key), prefix: key.slice(0, SHOWN_LENGTH) };
}

export function hashApiKey(key: string): string {
  return hashLinkToken(key);
}

/** Whether a bearer credential is meant as an API key (rather than, say, a status-link token). */
export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(PREFIX);
}

export function isWellFormedApiKey(credential: string): boolean {
  return KEY_PATTERN.test(credential);
}
