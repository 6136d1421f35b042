import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { MemberSearchForm, MembersTable } from "@/components/members/member-search";
import { staffPage } from "@/lib/auth/page-guards";
import { ZMemberSearch } from "@/lib/members/schemas";
import { searchMembers } from "@/lib/members/search-members";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await staffPage("/console/members", "member.view");
  const query = ZMemberSearch.parse(await searchParams);
  const [t, result] = await Promise.all([getTranslations("members"), searchMembers(query)]);
  return (
    <article className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold tracking-tight text-brand-800">{t("title")}</h1>
      <MemberSearchForm q={query.q} />
      <MembersTable q={query.q} result={result} />
    </article>
  );
}
