import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ApiKeyList } from "@/components/api-keys/api-key-list";
import { IssueApiKeyForm } from "@/components/api-keys/issue-api-key-form";
import { InfoPage } from "@/components/layout/info-page";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { staffPage } from "@/lib/auth/page-guards";

import { issueApiKeyAction, revokeApiKeyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiKeys"))("title") };
}

export default async function ApiKeysPage() {
  await staffPage("/console/api-keys", "apiKey.manage");
  const [t, rows] = await Promise.all([getTranslations("apiKeys"), listApiKeys()]);
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <IssueApiKeyForm action={issueApiKeyAction} />
      <ApiKeyList rows={rows} revoke={revokeApiKeyAction} />
    </InfoPage>
  );
}
