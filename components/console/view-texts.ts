import "server-only";

import { getFormatter, getTranslations } from "next-intl/server";

import { isOfficeBound } from "@/lib/auth/permissions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { TInboxView, TInboxViews } from "@/lib/inbox/views";

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

export type TViewGroup = { id: "offices" | "saved"; title: string; views: TInboxView[] };

/**
 * The views beyond the queues, grouped as the sidebar and the overview both show them: the offices (an office
 * head's own) or the office heads (for department-wide roles), then the saved views; empty groups left out.
 */
export async function viewGroups(views: TInboxViews, role: StaffRole): Promise<TViewGroup[]> {
  const t = await getTranslations("console.views");
  const groups: TViewGroup[] = [
    { id: "offices", title: t(isOfficeBound(role) ? "offices" : "heads"), views: views.offices },
    { id: "saved", title: t("saved"), views: views.saved },
  ];
  return groups.filter((group) => group.views.length > 0);
}
