"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

import { useTexts } from "@/components/i18n/texts";

type TProgress = { status: string; totalRows: number; processedRows: number };

/**
 * The check's progress while the job runs, read every second from the import's progress route; when the
 * job has finished, the page is read again to show the outcome.
 */
export function ImportProgress({ id, initial }: { id: string; initial: TProgress }) {
  const t = useTexts("loyaltyConsole.import");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let isStopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/console/loyalty/imports/${id}/progress`, { cache: "no-store" }).catch(() => null);
      if (!response?.ok || isStopped) return;
      const next = (await response.json()) as TProgress;
      setProgress(next);
      if (next.status !== "RUNNING") {
        isStopped = true;
        clearInterval(timer);
        router.refresh();
      }
    }, 1_000);
    return () => {
      isStopped = true;
      clearInterval(timer);
    };
  }, [id, router]);

  const isChecked = progress.totalRows > 0 && progress.processedRows >= progress.totalRows;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="import-progress" className="font-medium">
        {progress.totalRows === 0
          ? t("reading")
          : isChecked
            ? t("applying")
            : t("checking", { done: progress.processedRows, total: progress.totalRows })}
      </label>
      <progress
        id="import-progress"
        className="h-4 w-full accent-brand-600"
        max={progress.totalRows || 1}
        value={progress.processedRows}
      />
      <p aria-live="polite" className="sr-only">
        {isChecked ? t("applying") : null}
      </p>
    </div>
  );
}
