/**
 * next-intl/server as the site's request config gives it (lib/i18n/request.ts), in Russian, for tests that
 * call server actions outside a Next.js request: `vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"))`.
 */
import { createTranslator, type Messages } from "next-intl";

import messages from "@/lib/i18n/messages/ru.json";

export async function getTranslations(namespace?: string) {
  return createTranslator({ locale: "ru", messages: messages as Messages, namespace: namespace as never });
}

export async function getLocale() {
  return "ru";
}
