import { getTranslations } from "next-intl/server";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { CaseType } from "@/lib/generated/prisma/enums";
import type { TReportQuery } from "@/lib/reports/schemas";

/** The period and type: a plain GET form, so the filter lives in the URL and works without JavaScript. */
export async function ReportFilter({ query }: { query: TReportQuery }) {
  const t = await getTranslations("reports");
  return (
    <form method="get" action="/console/reports" className="rounded-lg border border-line p-4">
      <fieldset className="flex flex-wrap items-end gap-4">
        <legend className="mb-2 font-semibold">{t("filter.legend")}</legend>
        {/* The dates share one hint, below the whole filter. */}
        <FormField id="report-from" label={t("filter.from")}>
          {(control) => (
            <Input
              {...control}
              name="from"
              type="date"
              defaultValue={query.from}
              aria-describedby="report-filter-hint"
              className="w-44!"
            />
          )}
        </FormField>
        <FormField id="report-to" label={t("filter.to")}>
          {(control) => (
            <Input
              {...control}
              name="to"
              type="date"
              defaultValue={query.to}
              aria-describedby="report-filter-hint"
              className="w-44!"
            />
          )}
        </FormField>
        <FormField id="report-type" label={t("filter.type")}>
          {(control) => (
            <Select {...control} name="type" defaultValue={query.type ?? ""} className="w-64!">
              <option value="">{t("filter.allTypes")}</option>
              {Object.values(CaseType).map((type) => (
                <option key={type} value={type}>
                  {t(`types.${type}`)}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        <Button type="submit">{t("filter.apply")}</Button>
      </fieldset>
      <p id="report-filter-hint" className="mt-2 text-sm text-muted">
        {t("filter.hint")}
      </p>
    </form>
  );
}
