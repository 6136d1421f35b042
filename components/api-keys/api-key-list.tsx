"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState, useTransition } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
  const t = useTranslations("apiKeys");
  const format = useFormatter();
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "short", timeStyle: "short" });

  function onRevoke(row: TApiKeyRow) {
    if (!window.confirm(t("revokeConfirm", { name: row.name }))) return;
    startTransition(async () => {
      const result = await revoke({ id: row.id });
      setMessage(result.ok ? { tone: "success", text: t("revokedDone", { name: result.data.name }) } : { tone: "danger", text: result.message });
    });
  }

  return (
    <section aria-labelledby="api-keys-list" className="flex flex-col gap-3">
      <h2 id="api-keys-list" className="text-xl font-semibold">
        {t("listTitle")}
      </h2>
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {rows.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[44rem] border-collapse text-left">
            <thead>
              <tr className="border-b border-line text-sm text-muted">
                <th scope="col" className="py-2 pr-3">{t("name")}</th>
                <th scope="col" className="py-2 pr-3">{t("scopes")}</th>
                <th scope="col" className="py-2 pr-3">{t("lastUsed")}</th>
                <th scope="col" className="py-2 pr-3">{t("status")}</th>
                <th scope="col" className="py-2">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line align-top">
                  <td className="py-2 pr-3">
                    <div className="font-medium">{row.name}</div>
                    <div className="text-sm text-muted">
                      <span className="sr-only">{t("prefix")}: </span>
                      <code>{row.prefix}…</code> · {t("createdAt")} {when(row.createdAt)}
                      {row.createdBy ? `, ${row.createdBy}` : null}
                    </div>
                  </td>
                  <td className="py-2 pr-3 font-mono text-sm">{row.scopes.join(", ")}</td>
                  <td className="py-2 pr-3">{row.lastUsedAt ? when(row.lastUsedAt) : t("never")}</td>
                  <td className="py-2 pr-3">
                    {row.revokedAt ? (
                      <>
                        {t("revoked")}
                        <div className="text-sm text-muted">{when(row.revokedAt)}</div>
                      </>
                    ) : (
                      t("active")
                    )}
                  </td>
                  <td className="py-2">
                    {row.revokedAt ? null : (
                      <Button size="sm" variant="secondary" disabled={isPending} onClick={() => onRevoke(row)} aria-label={`${t("revoke")}: ${row.name}`}>
                        {t("revoke")}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
