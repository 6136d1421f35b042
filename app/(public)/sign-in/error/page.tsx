import { getTranslations } from "next-intl/server";
import Link from "next/link";

import { InfoPage } from "@/components/layout/info-page";
import { buttonVariants } from "@/components/ui/button";

const MESSAGES: Record<string, string> = {
  Verification: "errorVerification",
  EmailSignin: "errorEmailSignin",
  AccessDenied: "errorAccessDenied",
};

/** next-auth's error page: a used or expired link lands here with error=Verification. */
export default async function SignInErrorPage({ searchParams }: PageProps<"/sign-in/error">) {
  const [t, params] = await Promise.all([getTranslations("auth"), searchParams]);
  const code = typeof params.error === "string" ? params.error : "";
  return (
    <InfoPage title={t("errorTitle")} lead={t(MESSAGES[code] ?? "errorDefault")}>
      <Link href="/sign-in" className={buttonVariants({ className: "self-start" })}>
        {t("requestNewLink")}
      </Link>
    </InfoPage>
  );
}
