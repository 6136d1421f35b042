import { getTranslations } from "next-intl/server";

import { SetPasswordForm } from "@/components/auth/set-password-form";
import { InfoPage } from "@/components/layout/info-page";
import { findOpenInvite } from "@/lib/staff/accept-invite";

import { acceptInviteAction } from "./actions";

export default async function AcceptInvitePage({ params }: PageProps<"/console/invite/[token]">) {
  const [{ token }, t] = await Promise.all([params, getTranslations("invite")]);
  const invite = await findOpenInvite(token);
  if (!invite) return <InfoPage title={t("invalidTitle")} lead={t("invalidText")} />;
  return (
    <InfoPage title={t("title")} lead={t("lead", { email: invite.email })}>
      <SetPasswordForm token={token} action={acceptInviteAction} />
    </InfoPage>
  );
}
