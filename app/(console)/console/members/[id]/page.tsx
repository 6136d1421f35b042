import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";

import { AdjustPointsForm } from "@/components/members/adjust-points-form";
import { MemberPointsSection, MemberProfileSection } from "@/components/members/member-details";
import { staffPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { personName } from "@/lib/i18n/person-name";
import { memberProfile } from "@/lib/members/member-profile";
import { isUuid } from "@/lib/validation/uuid";

import { adjustPointsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("memberTitle") };
}

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await staffPage(`/console/members/${id}`, "member.view");
  const profile = isUuid(id) ? await memberProfile(id) : null;
  if (!profile) notFound();
  const [t, tConsole] = await Promise.all([getTranslations("members"), getTranslations("console")]);
  const { member } = profile;
  return (
    <article className="flex max-w-5xl flex-col gap-4">
      <Link href="/console/members" className="self-start text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-3xl font-bold tracking-tight text-brand-800">
        {personName(member.lastName, member.firstName) || tConsole("noName")}
      </h1>
      <MemberProfileSection profile={profile} />
      <MemberPointsSection profile={profile}>
        {can(user, "loyalty.configure") && member.status !== "LEFT" ? (
          <AdjustPointsForm memberId={member.id} action={adjustPointsAction} />
        ) : null}
      </MemberPointsSection>
    </article>
  );
}
