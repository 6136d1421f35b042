"use client";

import { useTexts } from "@/components/i18n/texts";
import { InfoPage } from "@/components/layout/info-page";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTexts("error");
  return (
    <InfoPage title={t("title")} lead={t("text")}>
      <Button className="self-start" onClick={reset}>
        {t("retry")}
      </Button>
    </InfoPage>
  );
}
