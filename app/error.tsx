"use client";

import { useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";
import { InfoPage } from "@/components/layout/info-page";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <InfoPage title={t("title")} lead={t("text")}>
      <Button className="self-start" onClick={reset}>
        {t("retry")}
      </Button>
    </InfoPage>
  );
}
