import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";

import { TextsProvider, type TTextMessages } from "@/components/i18n/texts";

import { SERVER_NAMESPACES } from "./namespaces";

/**
 * What every page's client code may show: the error page's words. The root layout hands it to every page, so
 * it stays this small — whatever else it held travelled in the payload of every page, form or not.
 */
export const ROOT_TEXT_NAMESPACES = ["error"] as const;

/**
 * The namespaces the shared form parts show (field errors, tracking number, office, files) and what each type
 * of case is called (a filing's receipt names it): a page with a public form adds them to its own texts.
 */
export const FORM_TEXT_NAMESPACES = [
  "validation",
  "claims",
  "tracking",
  "offices",
  "attachments",
  "caseKinds",
] as const;

/**
 * Gives the client components inside the catalogue namespaces they show, and only those: the rest of the
 * catalogue stays on the server. An entry «namespace.key» gives that one message of a namespace whose other
 * messages only the server reads. `namespaces: "all"` for areas whose components need most of it.
 */
export async function ClientTexts({
  namespaces,
  children,
}: {
  namespaces: readonly string[] | "all";
  children: ReactNode;
}) {
  const [locale, timeZone, messages] = await Promise.all([getLocale(), getTimeZone(), getMessages()]);
  return (
    <TextsProvider locale={locale} timeZone={timeZone} messages={pickedTexts(messages, namespaces)}>
      {children}
    </TextsProvider>
  );
}

type TCatalogue = Awaited<ReturnType<typeof getMessages>>;

/**
 * The slices already picked, per catalogue (the request config hands every request of a language the same
 * imported object): a page's providers are built from the same few lists on every request.
 */
const pickedByCatalogue = new WeakMap<TCatalogue, Map<string, TTextMessages>>();

function pickedTexts(messages: TCatalogue, namespaces: readonly string[] | "all"): TTextMessages {
  let picked = pickedByCatalogue.get(messages);
  if (!picked) pickedByCatalogue.set(messages, (picked = new Map()));
  const key = namespaces === "all" ? "*" : namespaces.join(" ");
  let slice = picked.get(key);
  if (!slice) {
    slice =
      namespaces === "all"
        ? (Object.fromEntries(
            Object.entries(messages).filter(([namespace]) => !SERVER_NAMESPACES.includes(namespace)),
          ) as TTextMessages)
        : pickEntries(messages as TTextMessages, namespaces);
    picked.set(key, slice);
  }
  return slice;
}

/** Whole namespaces («statusPage») and single messages of one («statusPage.added»), nested as the catalogue is. */
function pickEntries(messages: TTextMessages, entries: readonly string[]): TTextMessages {
  const slice: TTextMessages = {};
  for (const entry of entries) {
    const [namespace, key] = entry.split(/\.(.*)/s);
    const whole = messages[namespace];
    if (!key) slice[namespace] = whole;
    else if (whole && typeof whole === "object" && !Array.isArray(whole) && key in whole) {
      const own = slice[namespace];
      slice[namespace] = { ...(own && typeof own === "object" && !Array.isArray(own) ? own : {}), [key]: whole[key] };
    }
  }
  return slice;
}
