import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { InfoPage } from "@/components/layout/info-page";
import { TemplateForm } from "@/components/templates/template-form";
import { TopicForm } from "@/components/templates/topic-form";
import { ActiveToggle } from "@/components/ui/active-toggle";
import { staffPage } from "@/lib/auth/page-guards";
import { listAllTopics, listReplyTemplates } from "@/lib/console-cases/reply-templates";

import { saveReplyTemplateAction, saveTopicAction, setReplyTemplateActiveAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("templates"))("title") };
}

export default async function TemplatesPage() {
  await staffPage("/console/templates", "template.manage");
  const [t, tCase, templates, topics] = await Promise.all([
    getTranslations("templates"),
    getTranslations("caseDetail"),
    listReplyTemplates(),
    listAllTopics(),
  ]);
  return (
    <InfoPage title={t("title")} lead={t("lead")}>
      <h2 className="text-2xl font-semibold">{t("list")}</h2>
      <TemplateForm action={saveReplyTemplateAction} />
      {templates.map((template) => (
        <details key={template.id} className="rounded-xl border border-line p-4">
          <summary className="cursor-pointer font-medium">
            {template.title} · {template.code} · {template.locale.toUpperCase()} ·{" "}
            {template.isActive ? t("active") : t("inactive")} ·{" "}
            {t("after", { status: template.nextStatus ? tCase(`statuses.${template.nextStatus}`) : t("keepStatus") })}
          </summary>
          <div className="mt-3 flex flex-col gap-3">
            <ActiveToggle
              id={template.id}
              isActive={template.isActive}
              labels={{ activate: t("activate"), deactivate: t("deactivate") }}
              size="sm"
              action={setReplyTemplateActiveAction}
            />
            <TemplateForm
              initial={{
                id: template.id,
                code: template.code,
                title: template.title,
                locale: template.locale === "en" ? "en" : "ru",
                subject: template.subject,
                body: template.body,
                nextStatus: template.nextStatus ?? "",
              }}
              action={saveReplyTemplateAction}
            />
          </div>
        </details>
      ))}
      <h2 className="text-2xl font-semibold">{t("topics.title")}</h2>
      <TopicForm action={saveTopicAction} />
      {topics.map((topic) => (
        <details key={topic.id} className="rounded-xl border border-line p-4">
          <summary className="cursor-pointer font-medium">
            {topic.nameRu} · {topic.code} · {topic.isActive ? t("active") : t("inactive")}
          </summary>
          <div className="mt-3">
            <TopicForm initial={topic} action={saveTopicAction} />
          </div>
        </details>
      ))}
    </InfoPage>
  );
}
