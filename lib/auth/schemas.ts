import { LOCALES } from "@/lib/i18n/locales";
import * as z from "@/lib/validation/z";

import { safeCallbackUrl } from "./safe-callback-url";

// Messages are keys of the "validation" catalogue, translated where they are shown (form or server).

export const ZEmail = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"))
  .transform((email) => email.toLowerCase());

export const ZTotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "validation.totpFormat");

/** The few passwords every list of leaked passwords starts with, in the spellings people choose here. */
const COMMON_PASSWORDS = new Set([
  "123456789012",
  "qwertyuiop12",
  "password1234",
  "passwordpassword",
  "qwerty123456",
  "1q2w3e4r5t6y",
  "йцукенгшщзхъ",
  "пароль123456",
  "administrator",
]);

/** The password policy: length over composition rules (NIST SP 800-63B), no email inside, not a common one. */
export function passwordIssues(password: string, email?: string): string[] {
  const issues: string[] = [];
  if (password.length < 12) issues.push("validation.passwordTooShort");
  if (password.length > 128) issues.push("validation.passwordTooLong");
  const lower = password.toLowerCase();
  const localPart = email?.split("@")[0]?.toLowerCase();
  if (
    email &&
    (lower.includes(email.toLowerCase()) || (localPart && localPart.length >= 4 && lower.includes(localPart)))
  ) {
    issues.push("validation.passwordContainsEmail");
  }
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) issues.push("validation.passwordTooCommon");
  return issues;
}

export const ZMemberSignIn = z.object({ email: ZEmail });
export type TMemberSignIn = z.infer<typeof ZMemberSignIn>;

/** Asking for a sign-in link: the address, and where the link leads after signing in (a path of this site). */
export const ZMemberSignInRequest = ZMemberSignIn.extend({
  callbackUrl: z
    .string()
    .max(2000, "validation.tooLong")
    .optional()
    .transform((url) => safeCallbackUrl(url, "/account")),
});

export const ZStaffSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "validation.required").max(128, "validation.passwordTooLong"),
  totp: z.union([z.literal(""), ZTotpCode]).optional(),
});
export type TStaffSignIn = z.infer<typeof ZStaffSignIn>;

export const ZSetPassword = z
  .object({
    token: z.string().min(20).max(200),
    password: z.string(),
    confirm: z.string(),
  })
  .superRefine((value, ctx) => {
    for (const message of passwordIssues(value.password)) ctx.addIssue({ code: "custom", path: ["password"], message });
    if (value.password !== value.confirm) {
      ctx.addIssue({ code: "custom", path: ["confirm"], message: "validation.passwordsDiffer" });
    }
  });
export type TSetPassword = z.infer<typeof ZSetPassword>;

export const ZConfirmTotp = z.object({ code: ZTotpCode });
export type TConfirmTotp = z.infer<typeof ZConfirmTotp>;
/** Starting an enrolment: a code from the factor in force, needed only when one is (to replace it). */
export const ZStartTotpEnrolment = z.object({ code: z.union([z.literal(""), ZTotpCode]).optional() }).optional();
export type TStartTotpEnrolment = z.infer<typeof ZStartTotpEnrolment>;

export const ZLocale = z.enum(LOCALES);
