"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";

import { formatDate } from "@/lib/i18n/format-date";
import { formatNumber } from "@/lib/i18n/format-number";
import { formatText, type TTextValues } from "@/lib/i18n/format-text";
import { OPERATOR_TIME_ZONE } from "@/lib/time/zone";

/** Catalogue messages as the server picked them: nested by namespace, like lib/i18n/messages/*.json. */
export type TTextMessages = { [key: string]: string | string[] | TTextMessages };

type TTextsContext = { locale: string; timeZone: string; messages: TTextMessages };

const TextsContext = createContext<TTextsContext>({ locale: "ru", timeZone: OPERATOR_TIME_ZONE, messages: {} });

/**
 * Hands client components the messages they show, without a formatting library in the browser: only the
 * namespaces the page needs (the server picks them), nested providers adding theirs to the outer ones.
 */
export function TextsProvider({
  locale,
  timeZone,
  messages,
  children,
}: {
  locale?: string;
  timeZone?: string;
  messages: TTextMessages;
  children: ReactNode;
}) {
  const outer = useContext(TextsContext);
  const value = useMemo(
    () => ({
      locale: locale ?? outer.locale,
      timeZone: timeZone ?? outer.timeZone,
      messages: { ...outer.messages, ...messages },
    }),
    [locale, timeZone, messages, outer],
  );
  return <TextsContext.Provider value={value}>{children}</TextsContext.Provider>;
}

function lookup(messages: TTextMessages, key: string): string | string[] | TTextMessages | undefined {
  let node: string | string[] | TTextMessages | undefined = messages;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string" || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return node;
}

/**
 * The one way client components read the catalogue (next-intl's hooks stay on the server): like its
 * useTranslations, over the messages of the nearest TextsProvider, with the page's `locale`. Stable
 * between renders, so it can sit in an effect's or a memo's dependencies.
 */
export function useTexts(namespace?: string) {
  const { locale, messages } = useContext(TextsContext);
  return useMemo(() => {
    const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
    const translate = (key: string, values: TTextValues = {}): string => {
      const message = lookup(messages, full(key));
      return typeof message === "string" ? formatText(message, values, locale) : full(key);
    };
    return Object.assign(translate, {
      locale,
      has: (key: string) => typeof lookup(messages, full(key)) === "string",
      raw: (key: string) => lookup(messages, full(key)),
    });
  }, [locale, messages, namespace]);
}

/** Numbers and dates in the page's language and time zone. */
export function useTextFormat() {
  const { locale, timeZone } = useContext(TextsContext);
  return useMemo(
    () => ({
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, locale, options),
      dateTime: (value: Date | number, options?: Intl.DateTimeFormatOptions) =>
        formatDate(value, locale, { timeZone, ...options }),
    }),
    [locale, timeZone],
  );
}
