import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { StaffSignInForm } from "@/components/auth/staff-sign-in-form";
import { InfoPage } from "@/components/layout/info-page";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("staffTitle") };
}

export default async function StaffSignInPage({ searchParams }: PageProps<"/console/sign-in">) {
  const [t, params] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <InfoPage title={t("staffTitle")} lead={t("staffLead")}>
      <StaffSignInForm callbackUrl={safeCallbackUrl(params.callbackUrl, "/console")} />
    </InfoPage>
  );
}
