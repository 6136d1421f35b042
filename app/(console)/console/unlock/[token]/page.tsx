import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { UnlockForm } from "@/components/auth/unlock-form";
import { InfoPage } from "@/components/layout/info-page";
import { isOpenUnlockLink } from "@/lib/auth/unlock-staff";

import { unlockStaffWithLinkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unlock"))("title") };
}

/**
 * The emailed unlock link lands here and lifts the lock only when the owner presses the button: mail
 * scanners that open links on their own must not spend it.
 */
export default async function UnlockPage({ params }: PageProps<"/console/unlock/[token]">) {
  const [{ token }, t] = await Promise.all([params, getTranslations("unlock")]);
  if (!(await isOpenUnlockLink(token))) return <InfoPage title={t("invalidTitle")} lead={t("invalidText")} />;
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <UnlockForm token={token} action={unlockStaffWithLinkAction} />
    </InfoPage>
  );
}
