"use client";

import { useTextFormat, useTexts } from "@/components/i18n/texts";
import { ActionOutcome } from "@/components/ui/action-outcome";
import { Button } from "@/components/ui/button";
import { Cell, HeaderCell, Row, Table, TableHead } from "@/components/ui/table";
import { useAction } from "@/components/ui/use-action";
import type { TActionResult } from "@/lib/action/action-result";
import type { TApiKeyRow } from "@/lib/api-keys/list-api-keys";
import type { TRevokeApiKey } from "@/lib/api-keys/schemas";

export function ApiKeyList({
  rows,
  revoke,
}: {
  rows: TApiKeyRow[];
  revoke: (input: TRevokeApiKey) => Promise<TActionResult<{ name: string }>>;
}) {
  const t = useTexts("apiKeys");
  const format = useTextFormat();
  const revoking = useAction(revoke, { refresh: false });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });

  function onRevoke(row: TApiKeyRow) {
    if (!window.confirm(t("revokeConfirm", { name: row.name }))) return;
    revoking.run({ id: row.id });
  }

  return (
    <section aria-labelledby="api-keys-list" className="flex flex-col gap-3">
      <h2 id="api-keys-list" className="text-xl font-semibold">
        {t("listTitle")}
      </h2>
      <ActionOutcome
        failure={revoking.failure}
        done={revoking.data ? t("revokedDone", { name: revoking.data.name }) : undefined}
      />
      {rows.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <Table isSmallText={false} className="min-w-[44rem] border-collapse">
          <TableHead className="text-sm text-muted">
            <HeaderCell>{t("name")}</HeaderCell>
            <HeaderCell>{t("scopes")}</HeaderCell>
            <HeaderCell>{t("lastUsed")}</HeaderCell>
            <HeaderCell>{t("status")}</HeaderCell>
            <HeaderCell>{t("actions")}</HeaderCell>
          </TableHead>
          <tbody>
            {rows.map((row) => (
              <Row key={row.id} className="align-top">
                <Cell>
                  <div className="font-medium">{row.name}</div>
                  <div className="text-sm text-muted">
                    <span className="sr-only">{t("prefix")}: </span>
                    <code>{row.prefix}…</code> · {t("createdAt")} {when(row.createdAt)}
                    {row.createdBy ? `, ${row.createdBy}` : null}
                  </div>
                </Cell>
                <Cell className="font-mono text-sm">{row.scopes.join(", ")}</Cell>
                <Cell>{row.lastUsedAt ? when(row.lastUsedAt) : t("never")}</Cell>
                <Cell>
                  {row.revokedAt ? (
                    <>
                      {t("revoked")}
                      <div className="text-sm text-muted">{when(row.revokedAt)}</div>
                    </>
                  ) : (
                    t("active")
                  )}
                </Cell>
                <Cell>
                  {row.revokedAt ? null : (
                    <Button
                      size="sm"
                      variant="secondary"
                      disabled={revoking.isPending}
                      onClick={() => onRevoke(row)}
                      aria-label={`${t("revoke")}: ${row.name}`}
                    >
                      {t("revoke")}
                    </Button>
                  )}
                </Cell>
              </Row>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
