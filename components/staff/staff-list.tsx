"use client";

import Link from "next/link";
import { useState } from "react";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
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
  const [done, setDone] = useState<string>();
  const { run, isPending, failure } = useAction(setDisabled, {
    refresh: false,
    onSuccess: (data, input) =>
      setDone(t(input.isDisabled ? "staff.disabled" : "staff.enabled", { email: data.email })),
  });

  function onToggle(row: TStaffRow) {
    run({ staffId: row.id, isDisabled: !row.isDisabled });
  }

  return (
    <div className="flex flex-col gap-3">
      <ActionOutcome failure={failure} done={done} />
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
                {row.isDisabled
                  ? t("staff.statusDisabled")
                  : row.hasPassword
                    ? t("staff.statusActive")
                    : t("staff.statusInvited")}
                {row.lastSignInAt ? (
                  <div className="text-sm text-muted">
                    {format.dateTime(row.lastSignInAt, { dateStyle: "short", timeStyle: "short" })}
                  </div>
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
