import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

const ISSUER = "Клуб клиентов — консоль";

/** AES-256-GCM key for TOTP secrets at rest, derived from AUTH_SECRET so a database dump alone is not enough. */
function key(authSecret: string): Buffer {
  return createHash("sha256").update(`totp-secret:${authSecret}`).digest();
}

export function encryptTotpSecret(base32: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(authSecret), iv);
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(
    ".",
  );
}

export function decryptTotpSecret(stored: string, authSecret: string): string {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) throw new Error("unknown TOTP secret format");
  const decipher = createDecipheriv("aes-256-gcm", key(authSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

function totpFor(base32: string, label: string) {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(base32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32: string, label: string): string {
  return totpFor(base32, label).toString();
}

const PERIOD_MS = 30_000;

/**
 * The time step (30-second counter) a code belongs to, accepting the current step and its neighbours (±30 s
 * of clock drift), or null when the code is wrong. Remembering the step lets a code be accepted only once.
 */
export function totpStep(base32: string, code: string, at = Date.now()): number | null {
  const delta = totpFor(base32, "").validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : Math.floor(at / PERIOD_MS) + delta;
}

/** Accepts the current code and its neighbours (±30 s of clock drift). */
export function verifyTotp(base32: string, code: string, at = Date.now()): boolean {
  return totpStep(base32, code, at) !== null;
}

/** The current code — for tests and the enrolment check. */
export function currentTotp(base32: string, at = Date.now()): string {
  return totpFor(base32, "").generate({ timestamp: at });
}
