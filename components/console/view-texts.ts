import "server-only";

import { getFormatter, getTranslations } from "next-intl/server";

import type { TInboxView } from "@/lib/inbox/views";

export type TViewTexts = { label: string; hint: string; count: string; isUrgent: boolean };

/** A view's words and its count in the page's language, for the sidebar and the overview alike. */
export async function viewTexts(): Promise<(view: TInboxView) => TViewTexts> {
  const [t, format] = await Promise.all([getTranslations("console.views"), getFormatter()]);
  const words = (view: TInboxView): { label: string; hint: string } => {
    const label = view.label;
    if (label.kind === "queue") return { label: t(`queues.${label.key}`), hint: t(`hints.${label.key}`) };
    if (label.kind === "office") return { label: t("officeName", label), hint: t("officeHint") };
    if (label.kind === "head") return { label: label.name, hint: t("headHint") };
    return { label: label.name, hint: t("savedHint") };
  };
  return (view) => {
    const count = format.number(view.count);
    return {
      ...words(view),
      count: view.isCapped ? t("capped", { count }) : count,
      isUrgent: view.label.kind === "queue" && view.label.key === "overdue" && view.count > 0,
    };
  };
}
