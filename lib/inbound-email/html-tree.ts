import { decodeEntities } from "./html-entities";

/**
 * A forgiving HTML reader for mail bodies: just enough of a tree to tell the customer's words from the
 * quote containers around them. Comments (Outlook's conditional ones too), doctypes and the contents of
 * <script>/<style> are dropped; an end tag closes the nearest open element of its name and whatever is
 * still open inside it; an end tag with no open element is ignored. Text and attributes are decoded.
 */
export type THtmlElement = { tag: string; attrs: Record<string, string>; children: THtmlNode[] };
export type THtmlNode = THtmlElement | string;

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp"]);

// Deeper than any mail client nests; past it, elements are read flat (a crafted mail cannot exhaust the stack).
const MAX_DEPTH = 256;
const TAG = /<(\/?)([a-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/iy;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1].toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attrs;
}

/** Where the markup that starts at `at` ends, for the kinds skipped whole (comments, doctypes, CDATA). */
function skippedUntil(html: string, at: number): number | null {
  const ends: [string, string][] = [
    ["<!--", "-->"],
    ["<![CDATA[", "]]>"],
    ["<!", ">"],
    ["<?", ">"],
  ];
  for (const [open, close] of ends) {
    if (!html.startsWith(open, at)) continue;
    const end = html.indexOf(close, at + open.length);
    return end === -1 ? html.length : end + close.length;
  }
  return null;
}

export function parseHtml(html: string): THtmlElement {
  const root: THtmlElement = { tag: "#root", attrs: {}, children: [] };
  const open: THtmlElement[] = [root];
  const top = () => open[open.length - 1];
  let at = 0;
  let nextClose = -2;
  while (at < html.length) {
    const next = html.indexOf("<", at);
    const textEnd = next === -1 ? html.length : next;
    if (textEnd > at) top().children.push(decodeEntities(html.slice(at, textEnd)));
    if (next === -1) break;
    at = next;
    const skipped = skippedUntil(html, at);
    if (skipped !== null) {
      at = skipped;
      continue;
    }
    if (nextClose !== -1 && nextClose < at) nextClose = html.indexOf(">", at);
    if (nextClose === -1) {
      // No tag can end here or after: the rest is text (and no "<" in it is tried again and again).
      top().children.push(decodeEntities(html.slice(at)));
      break;
    }
    TAG.lastIndex = at;
    const tag = TAG.exec(html);
    if (!tag) {
      // A "<" that starts no tag is text ("a < b").
      top().children.push("<");
      at += 1;
      continue;
    }
    at += tag[0].length;
    const [, isEnd, rawName, rest] = tag;
    const name = rawName.toLowerCase();
    if (isEnd) {
      const index = open.findLastIndex((element) => element.tag === name);
      if (index > 0) open.length = index;
      continue;
    }
    const element: THtmlElement = { tag: name, attrs: attributesOf(rest), children: [] };
    top().children.push(element);
    if (RAW_TEXT.has(name)) {
      // Their contents are not markup; skipped to the matching end tag.
      const close = new RegExp(`</${name}\\s*>`, "gi");
      close.lastIndex = at;
      const end = close.exec(html);
      if (name === "textarea") element.children.push(decodeEntities(html.slice(at, end?.index ?? html.length)));
      at = end ? end.index + end[0].length : html.length;
      continue;
    }
    if (!VOID.has(name) && !rest.trimEnd().endsWith("/") && open.length < MAX_DEPTH) open.push(element);
  }
  return root;
}

/** The text of an element and everything in it, as written (for looking, not for showing). */
export function textContent(node: THtmlNode): string {
  return typeof node === "string" ? node : node.children.map(textContent).join("");
}
