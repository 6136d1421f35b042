import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { ReactElement, ReactNode } from "react";

import type { TLocale } from "@/lib/i18n/locales";

import { emailTexts } from "./email-texts";

export const BRAND_BLUE = "#0a58b4";

/** What a template gives the outbox: the subject in the message's language and the email to render. */
export type TEmailContent = { subject: string; element: ReactElement; unsubscribeUrl?: string };

const styles = {
  body: { backgroundColor: "#f3f5f9", fontFamily: "Arial, Helvetica, sans-serif", margin: 0, padding: "24px 0" },
  container: { backgroundColor: "#ffffff", borderRadius: "8px", maxWidth: "600px", overflow: "hidden" },
  header: { backgroundColor: BRAND_BLUE, padding: "20px 32px" },
  headerText: { color: "#ffffff", fontSize: "18px", fontWeight: 700, lineHeight: "24px", margin: 0 },
  content: { padding: "8px 32px 16px" },
  heading: { color: "#111827", fontSize: "22px", lineHeight: "30px", margin: "24px 0 8px" },
  paragraph: { color: "#1f2937", fontSize: "16px", lineHeight: "24px", margin: "12px 0" },
  button: {
    backgroundColor: BRAND_BLUE,
    borderRadius: "8px",
    color: "#ffffff",
    display: "inline-block",
    fontSize: "16px",
    fontWeight: 700,
    padding: "12px 24px",
    textDecoration: "none",
  },
  fallback: {
    color: "#4b5563",
    fontSize: "13px",
    lineHeight: "20px",
    margin: "16px 0 0",
    wordBreak: "break-all" as const,
  },
  link: { color: BRAND_BLUE },
  footer: { padding: "0 32px 24px" },
  footerText: { color: "#6b7280", fontSize: "12px", lineHeight: "18px", margin: "4px 0" },
};

/**
 * The operator's branded frame of every email: header, content, footer. Mail that people may decline
 * (newsletters, invitations to surveys) passes `unsubscribeUrl`, which adds the footer link; the sender
 * adds the matching List-Unsubscribe header. Transactional mail (sign-in links, invitations) has neither.
 * Mail the reader may answer (a case's, sent with the case's reply address) says so instead of "no need to reply".
 */
export function EmailLayout({
  locale,
  preview,
  unsubscribeUrl,
  isReplyable = false,
  children,
}: {
  locale: TLocale;
  preview: string;
  unsubscribeUrl?: string;
  isReplyable?: boolean;
  children: ReactNode;
}) {
  const t = emailTexts(locale, "layout");
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Text style={styles.headerText}>{t("header")}</Text>
          </Section>
          <Section style={styles.content}>{children}</Section>
          <Hr />
          <Section style={styles.footer}>
            <Text style={styles.footerText}>{t("operator")}</Text>
            <Text style={styles.footerText}>{t("hotline")}</Text>
            <Text style={styles.footerText}>{isReplyable ? t("replyable") : t("automatic")}</Text>
            {unsubscribeUrl ? (
              <Text style={styles.footerText}>
                <Link href={unsubscribeUrl} style={styles.link}>
                  {t("unsubscribe")}
                </Link>
              </Text>
            ) : null}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export function EmailHeading({ children }: { children: ReactNode }) {
  return (
    <Heading as="h1" style={styles.heading}>
      {children}
    </Heading>
  );
}

export function EmailText({ children }: { children: ReactNode }) {
  return <Text style={styles.paragraph}>{children}</Text>;
}

/** A call to action; the address is repeated as text for mail clients that break buttons (and for the text part). */
export function EmailAction({ locale, href, children }: { locale: TLocale; href: string; children: ReactNode }) {
  return (
    <Section>
      <Button href={href} style={styles.button} data-skip-in-text="true">
        {children}
      </Button>
      <Text style={styles.fallback}>
        {emailTexts(locale, "layout")("fallback")}{" "}
        <Link href={href} style={styles.link}>
          {href}
        </Link>
      </Text>
    </Section>
  );
}

/** «Здравствуйте, Анна Сергеевна!», or «Здравствуйте!» when the first name is not known (see greetingName). */
export function greeting(locale: TLocale, name: string): string {
  const t = emailTexts(locale, "common");
  return name.trim() ? t("greeting", { name: name.trim() }) : t("greetingNoName");
}

/** "15 минут", "1 час", "72 hours": the unit in the grammatical number the count needs. */
export function duration(locale: TLocale, value: number, unit: "minute" | "hour"): string {
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}

/**
 * An email whose point is one link that expires (sign-in, password reset, invitation, confirmation): a
 * heading, what the link is for, the button, how long it works, and what to do if the email was unexpected.
 */
function LinkEmail({
  locale,
  preview,
  heading,
  paragraphs,
  action,
  href,
  validity,
  ignore,
}: {
  locale: TLocale;
  preview: string;
  heading: string;
  paragraphs: string[];
  action: string;
  href: string;
  validity: string;
  ignore: string;
}) {
  return (
    <EmailLayout locale={locale} preview={preview}>
      <EmailHeading>{heading}</EmailHeading>
      {paragraphs.map((paragraph) => (
        <EmailText key={paragraph}>{paragraph}</EmailText>
      ))}
      <EmailAction locale={locale} href={href}>
        {action}
      </EmailAction>
      <EmailText>{validity}</EmailText>
      <EmailText>{ignore}</EmailText>
    </EmailLayout>
  );
}

/** The link emails' copy: each has its subject, action, validity ({period}) and ignore in the catalogue. */
export type TLinkEmailNamespace =
  "memberSignIn" | "membershipConfirm" | "staffInvite" | "staffPasswordReset" | "staffUnlock";

/**
 * One of the link emails: the subject, the button, how long the link works and what to do if the email was
 * unexpected come from the template's catalogue entry; the template gives the heading, the preview and
 * what the link is for.
 */
export function linkEmail(
  locale: TLocale,
  namespace: TLinkEmailNamespace,
  link: {
    url: string;
    expiresIn: number;
    unit: "minute" | "hour";
    heading: string;
    preview: string;
    paragraphs: string[];
  },
): TEmailContent {
  const t = emailTexts(locale, namespace);
  const subject = t("subject");
  const validity = t("validity", { period: duration(locale, link.expiresIn, link.unit) });
  return {
    subject,
    element: (
      <LinkEmail
        locale={locale}
        preview={link.preview}
        heading={link.heading}
        paragraphs={link.paragraphs}
        action={t("action")}
        href={link.url}
        validity={validity}
        ignore={t("ignore")}
      />
    ),
  };
}
