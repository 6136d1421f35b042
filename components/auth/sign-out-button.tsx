"use client";

import { signOut } from "next-auth/react";

import { useTexts } from "@/components/i18n/texts";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTexts("auth");
  return (
    <Button variant="secondary" size="sm" onClick={() => signOut({ callbackUrl: "/" })}>
      {t("signOut")}
    </Button>
  );
}
