import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { InviteStaffForm } from "@/components/staff/invite-staff-form";
import { StaffList } from "@/components/staff/staff-list";
import { staffPage } from "@/lib/auth/page-guards";
import { listStaff } from "@/lib/staff/list-staff";

import { inviteStaffAction, setStaffDisabledAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("title") };
}

export default async function StaffPage() {
  const user = await staffPage("/console/staff", "staff.manage");
  const [t, rows] = await Promise.all([getTranslations("staff"), listStaff()]);
  return (
    <InfoPage title={t("title")}>
      <InviteStaffForm action={inviteStaffAction} />
      <StaffList rows={rows} currentStaffId={user.id} setDisabled={setStaffDisabledAction} />
    </InfoPage>
  );
}
