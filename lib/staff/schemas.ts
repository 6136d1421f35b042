import { isOfficeBound } from "@/lib/auth/permissions";
import { ZEmail, ZLocale } from "@/lib/auth/schemas";
import { StaffRole } from "@/lib/generated/prisma/enums";
import * as z from "@/lib/validation/z";

const ZPostcodes = z
  .string()
  .max(500, "validation.tooLong")
  .transform((value) => [...new Set(value.split(/[\s,;]+/).filter(Boolean))])
  .pipe(z.array(z.string().regex(/^\d{6}$/, "validation.postcode")));

export const ZInviteStaff = z
  .object({
    name: z.typedText().trim().min(1, "validation.nameRequired").max(120, "validation.tooLong"),
    email: ZEmail,
    role: z.enum(StaffRole, "validation.roleRequired"),
    offices: ZPostcodes,
    locale: ZLocale,
  })
  .superRefine((value, ctx) => {
    if (isOfficeBound(value.role) && value.offices.length === 0) {
      ctx.addIssue({ code: "custom", path: ["offices"], message: "validation.officesRequired" });
    }
  });
export type TInviteStaff = z.input<typeof ZInviteStaff>;

export const ZSetStaffDisabled = z.object({ staffId: z.uuid(), isDisabled: z.boolean() });
export type TSetStaffDisabled = z.infer<typeof ZSetStaffDisabled>;

export const ZUnlockStaffAccount = z.object({ staffId: z.uuid() });
export type TUnlockStaffAccount = z.infer<typeof ZUnlockStaffAccount>;
