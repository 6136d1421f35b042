"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { TActionResult } from "@/lib/action/action-result";
import type { TStaffRow } from "@/lib/staff/list-staff";
import type { TSetStaffDisabled } from "@/lib/staff/schemas";

export function StaffList({
  rows,
  currentStaffId,
  setDisabled,
}: {
  rows: TStaffRow[];
  currentStaffId: string;
  setDisabled: (input: TSetStaffDisabled) => Promise<TActionResult<{ email: string }>>;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);

  function onToggle(row: TStaffRow) {
    startTransition(async () => {
      const result = await setDisabled({ staffId: row.id, isDisabled: !row.isDisabled });
      if (result.ok) {
        const key = row.isDisabled ? "staff.enabled" : "staff.disabled";
        setMessage({ tone: "success", text: t(key, { email: result.data.email }) });
      } else {
        setMessage({ tone: "danger", text: result.message });
      }
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left">
          <thead>
            <tr className="border-b border-line text-sm text-muted">
              <th scope="col" className="py-2 pr-3">{t("staff.name")}</th>
              <th scope="col" className="py-2 pr-3">{t("staff.role")}</th>
              <th scope="col" className="py-2 pr-3">{t("staff.statusColumn")}</th>
              <th scope="col" className="py-2 pr-3">{t("staff.totpColumn")}</th>
              <th scope="col" className="py-2">{t("staff.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line align-top">
                <td className="py-2 pr-3">
                  <div className="font-medium">{row.name}</div>
                  <div className="text-sm text-muted">{row.email}</div>
                </td>
                <td className="py-2 pr-3">
                  {t(`roles.${row.role}`)}
                  {row.offices.length > 0 ? <div className="text-sm text-muted">{row.offices.join(", ")}</div> : null}
                </td>
                <td className="py-2 pr-3">
                  {row.isDisabled ? t("staff.statusDisabled") : row.hasPassword ? t("staff.statusActive") : t("staff.statusInvited")}
                  {row.lastSignInAt ? (
                    <div className="text-sm text-muted">{format.dateTime(row.lastSignInAt, { dateStyle: "short", timeStyle: "short" })}</div>
                  ) : null}
                </td>
                <td className="py-2 pr-3">{row.totpEnabledAt ? "✓" : "—"}</td>
                <td className="py-2">
                  {row.id === currentStaffId ? null : (
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={isPending}
                      onClick={() => onToggle(row)}
                      aria-label={`${row.isDisabled ? t("staff.enable") : t("staff.disable")}: ${row.email}`}
                    >
                      {row.isDisabled ? t("staff.enable") : t("staff.disable")}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
