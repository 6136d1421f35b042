"use client";

import Link from "next/link";
import { useState, useTransition } from "react";

import { useTexts, useTextFormat } from "@/components/i18n/texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
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
  const t = useTexts();
  const format = useTextFormat();
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
      <Table isSmallText={false} className="min-w-[40rem] border-collapse">
        <TableHead className="text-sm text-muted">
          <HeaderCell>{t("staff.name")}</HeaderCell>
          <HeaderCell>{t("staff.role")}</HeaderCell>
          <HeaderCell>{t("staff.statusColumn")}</HeaderCell>
          <HeaderCell>{t("staff.totpColumn")}</HeaderCell>
          <HeaderCell>{t("staff.actions")}</HeaderCell>
        </TableHead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.id} className="align-top">
              <Cell>
                <Link href={`/console/staff/${row.id}`} className="font-medium text-brand-700 underline">
                  {row.name}
                </Link>
                <div className="text-sm text-muted">{row.email}</div>
              </Cell>
              <Cell>
                {t(`roles.${row.role}`)}
                {row.offices.length > 0 ? <div className="text-sm text-muted">{row.offices.join(", ")}</div> : null}
              </Cell>
              <Cell>
                {row.isDisabled ? t("staff.statusDisabled") : row.hasPassword ? t("staff.statusActive") : t("staff.statusInvited")}
                {row.lastSignInAt ? (
                  <div className="text-sm text-muted">{format.dateTime(row.lastSignInAt, { dateStyle: "short", timeStyle: "short" })}</div>
                ) : null}
              </Cell>
              <Cell>{row.totpEnabledAt ? "✓" : "—"}</Cell>
              <Cell>
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
              </Cell>
            </Row>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
