import { getTranslations } from "next-intl/server";

import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { TotpSettings } from "@/components/auth/totp-settings";
import { InfoPage } from "@/components/layout/info-page";
import { staffPage } from "@/lib/auth/page-guards";
import { getOwnAccount } from "@/lib/staff/get-own-account";

import {
  confirmTotpAction,
  disableTotpAction,
  staffSignOutEverywhereAction,
  startTotpEnrolmentAction,
} from "./actions";

export default async function StaffAccountPage() {
  const user = await staffPage("/console/account");
  const [t, staff] = await Promise.all([getTranslations(), getOwnAccount(user.id)]);
  return (
    <InfoPage title={t("console.myAccount")} lead={`${user.name} · ${user.email} · ${t(`roles.${user.role}`)}`}>
      <TotpSettings
        enabledAt={staff.totpEnabledAt}
        start={startTotpEnrolmentAction}
        confirm={confirmTotpAction}
        disable={disableTotpAction}
      />
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("account.sessions")}
        </h2>
        <p>{t("account.sessionsText")}</p>
        <SignOutEverywhereButton action={staffSignOutEverywhereAction} />
      </section>
    </InfoPage>
  );
}
