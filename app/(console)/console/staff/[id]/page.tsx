import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { InfoPage } from "@/components/layout/info-page";
import { SecurityEventTable } from "@/components/staff/security-event-table";
import { UnlockStaffButton } from "@/components/staff/unlock-staff-button";
import { staffPage } from "@/lib/auth/page-guards";
import { SECURITY_EVENT_DAYS } from "@/lib/security/security-events";
import { getStaffAccount } from "@/lib/staff/get-staff-account";
import { isUuid } from "@/lib/validation/uuid";

import { unlockStaffAccountAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("title") };
}

export default async function StaffAccountPage({ params }: PageProps<"/console/staff/[id]">) {
  const { id } = await params;
  await staffPage(`/console/staff/${id}`, "staff.manage");
  const account = isUuid(id) ? await getStaffAccount(id) : null;
  if (!account) notFound();
  const t = await getTranslations();
  return (
    <InfoPage title={account.name} lead={`${account.email} · ${t(`roles.${account.role}`)}`}>
      <Link href="/console/staff" className="self-start text-brand-700 underline">
        {t("staff.back")}
      </Link>
      <UnlockStaffButton staffId={account.id} unlock={unlockStaffAccountAction} />
      <h2 className="text-xl font-semibold">{t("staff.eventsTitle")}</h2>
      <p className="text-muted">{t("staff.eventsLead", { days: SECURITY_EVENT_DAYS })}</p>
      <SecurityEventTable events={account.events} />
    </InfoPage>
  );
}
