import { getTranslations } from "next-intl/server";

import { ActiveToggle } from "@/components/ui/active-toggle";
import type { TActionResult } from "@/lib/action/action-result";
import type { TSaveRuleInput, TSetActive } from "@/lib/loyalty/console-schemas";
import type { listPointsRules } from "@/lib/loyalty/points-rules";

import { RuleForm } from "./rule-form";

type TRule = Awaited<ReturnType<typeof listPointsRules>>[number];
const text = (value: number | null) => (value === null ? "" : String(value));

/** The earning rules: a list with each rule's terms, a form for a new one, and each one's edit form. */
export async function RulesSection({
  rules,
  saveAction,
  toggleAction,
}: {
  rules: TRule[];
  saveAction: (input: TSaveRuleInput) => Promise<TActionResult<{ id: string }>>;
  toggleAction: (input: TSetActive) => Promise<TActionResult<{ isActive: boolean }>>;
}) {
  const t = await getTranslations("loyaltyConsole.rules");
  const subject = (rule: TRule) =>
    rule.kind === "ACTIVITY" && t.has(`activities.${rule.subject}`) ? t(`activities.${rule.subject}`) : rule.subject;
  const terms = (rule: TRule) =>
    [
      rule.kind === "PURCHASE"
        ? t("termsPurchase", { points: rule.pointsPer100Rub ?? 0 })
        : t("termsActivity", { points: rule.fixedPoints ?? 0 }),
      rule.dailyLimit !== null ? t("termsDaily", { limit: rule.dailyLimit }) : null,
      rule.monthlyLimit !== null ? t("termsMonthly", { limit: rule.monthlyLimit }) : null,
      rule.expiryMonths !== null ? t("termsExpiry", { months: rule.expiryMonths }) : t("termsNoExpiry"),
    ]
      .filter(Boolean)
      .join("; ");
  return (
    <section aria-labelledby="rules-heading" className="flex flex-col gap-3">
      <h2 id="rules-heading" className="text-2xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-muted">{t("lead")}</p>
      <ul className="flex flex-col gap-2">
        {rules.map((rule) => (
          <li key={rule.id}>
            <details className="rounded-xl border border-line p-4">
              <summary className="cursor-pointer">
                <span className="font-medium">
                  {t(`kinds.${rule.kind}`)}: {subject(rule)}
                </span>{" "}
                — {terms(rule)} · {rule.isActive ? t("active") : t("inactive")}
              </summary>
              <div className="mt-3 flex flex-col gap-3">
                <ActiveToggle
                  id={rule.id}
                  isActive={rule.isActive}
                  labels={{ activate: t("activate"), deactivate: t("deactivate") }}
                  action={toggleAction}
                />
                <RuleForm
                  action={saveAction}
                  initial={{
                    id: rule.id,
                    kind: rule.kind,
                    subject: rule.subject,
                    points: text(rule.kind === "PURCHASE" ? rule.pointsPer100Rub : rule.fixedPoints),
                    dailyLimit: text(rule.dailyLimit),
                    monthlyLimit: text(rule.monthlyLimit),
                    expiryMonths: text(rule.expiryMonths),
                    isActive: rule.isActive,
                  }}
                />
              </div>
            </details>
          </li>
        ))}
      </ul>
      <RuleForm action={saveAction} />
    </section>
  );
}
