import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { SignOutEverywhereButton } from "@/components/auth/sign-out-everywhere-button";
import { InfoPage } from "@/components/layout/info-page";
import { memberPage } from "@/lib/auth/page-guards";

import { memberSignOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

/** Groups a card number for reading aloud at the counter: 2 7000 0000 0042 8 → "27 0000 0000 4 28". */
function formatCardNumber(cardNumber: string): string {
  return cardNumber.replace(/^(\d{1})(\d{4})(\d{4})(\d{4})$/, "$1 $2 $3 $4");
}

export default async function MemberAccountPage() {
  const member = await memberPage("/account");
  const t = await getTranslations("account");
  return (
    <InfoPage title={t("title")} lead={t("greeting", { name: member.firstName })}>
      <section aria-labelledby="card-heading" className="flex flex-col gap-2 rounded-xl bg-brand-600 p-5 text-white">
        <h2 id="card-heading" className="text-lg font-semibold">
          {t("card")}
        </h2>
        <p>
          {t("cardNumber")}:{" "}
          <span className="font-mono text-xl tracking-wider" data-testid="card-number">
            {formatCardNumber(member.cardNumber)}
          </span>
        </p>
        <p>
          {t("status")}: {t(`status${member.status}`)}
        </p>
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3 rounded-xl border border-line p-5">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("sessions")}
        </h2>
        <p>{t("sessionsText")}</p>
        <div className="flex flex-wrap gap-2">
          <SignOutButton />
          <SignOutEverywhereButton action={memberSignOutEverywhereAction} />
        </div>
      </section>
    </InfoPage>
  );
}
