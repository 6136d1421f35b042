import * as z from "@/lib/validation/z";

export const ZUnlockLink = z.object({ token: z.string().min(20).max(200) });
export type TUnlockLink = z.infer<typeof ZUnlockLink>;
