import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { MemberSignInForm } from "@/components/auth/member-sign-in-form";
import { InfoPage } from "@/components/layout/info-page";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

import { requestSignInLinkForm } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("memberTitle") };
}

export default async function MemberSignInPage({ searchParams }: PageProps<"/sign-in">) {
  const [t, params] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <InfoPage title={t("memberTitle")} lead={t("memberLead")}>
      <MemberSignInForm action={requestSignInLinkForm} callbackUrl={safeCallbackUrl(params.callbackUrl, "/account")} />
      <p>
        {t("notMember")}{" "}
        <Link href="/club" className="text-brand-700 underline">
          {t("join")}
        </Link>
      </p>
      <p>
        <Link href="/console/sign-in" className="text-brand-700 underline">
          {t("staffLink")}
        </Link>
      </p>
    </InfoPage>
  );
}
