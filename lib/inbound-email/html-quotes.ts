import { textContent, type THtmlElement } from "./html-tree";

/**
 * What an element of a mail client's HTML is, as far as the customer's own words go:
 * - "quote": a quote container (Thunderbird's and Apple Mail's <blockquote type="cite">, Gmail's
 *   div.gmail_quote, Яндекс's bare <blockquote>, Mail.ru's bordered one, Thunderbird's attribution line);
 * - "original": where a copied original message begins and runs to the end, with no container around it
 *   (Outlook's #divRplyFwdMsg, its From/Sent header block under a top border, Outlook for Mac's section);
 * - "signature": a signature block, dropped;
 * - "hidden": not shown to whoever reads the mail;
 * - null: the customer's own content, or a plain element around it.
 */
export type THtmlRole = "quote" | "original" | "signature" | "hidden" | null;

const QUOTE_CLASSES = [
  "gmail_quote",
  "gmail_quote_container",
  "moz-cite-prefix",
  "yahoo_quoted",
  "mail-quote-collapse",
  "protonmail_quote",
];
const QUOTE_IDS = ["mail-editor-reference-message-container"];
const ORIGINAL_IDS = ["divrplyfwdmsg", "olk_src_body_section", "stopspelling"];
const SIGNATURE_CLASSES = ["moz-signature", "gmail_signature", "gmail_signature_prefix"];
const HIDDEN_TAGS = new Set(["head", "script", "style", "title", "template", "noscript", "xml"]);

// Outlook heads the copied message with "From:" / «От:» in bold, in the language of the sender's Outlook.
const HEADER_FROM = /^\s*(?:from|от|отправитель|de|von)\s*:/i;

const classesOf = (element: THtmlElement) => (element.attrs.class ?? "").split(/\s+/).filter(Boolean);
const styleOf = (element: THtmlElement) => (element.attrs.style ?? "").toLowerCase().replace(/\s+/g, "");

export function htmlRole(element: THtmlElement): THtmlRole {
  const style = styleOf(element);
  if (HIDDEN_TAGS.has(element.tag) || style.includes("display:none") || style.includes("mso-hide:all")) return "hidden";
  const classes = classesOf(element);
  const id = (element.attrs.id ?? "").toLowerCase();
  if (
    classes.some((name) => SIGNATURE_CLASSES.includes(name)) ||
    id === "signature" ||
    element.attrs["data-signature-widget"] === "container"
  ) {
    return "signature";
  }
  if (ORIGINAL_IDS.includes(id)) return "original";
  // Outlook on Windows: <div style="border:none;border-top:solid #E1E1E1 1.0pt;…"><p><b>From:</b> …
  if (element.tag === "div" && /border-top:solid/.test(style) && HEADER_FROM.test(textContent(element)))
    return "original";
  if (classes.some((name) => QUOTE_CLASSES.includes(name)) || QUOTE_IDS.includes(id)) return "quote";
  // Gmail's "indent" is a borderless blockquote of the customer's own words; every other one quotes.
  if (element.tag === "blockquote")
    return /border:none|border-left:none/.test(style) && element.attrs.type !== "cite" ? null : "quote";
  return null;
}
