import { htmlRole } from "./html-quotes";
import { parseHtml, textContent, type THtmlElement, type THtmlNode } from "./html-tree";

/**
 * The text of an HTML-only email, written the way a plain-text mail client would write it: quote
 * containers and everything after the start of a copied original come out as ">" lines, so that the same
 * rules (strip-quotes.ts) find the customer's own words in HTML and in plain-text mail alike. Signatures
 * and hidden parts are left out. Lines follow the blocks and <br>s; a <p> is a paragraph, except Word's
 * (Outlook's) "MsoNormal" ones, which are lines.
 */

const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "body",
  "center",
  "dd",
  "details",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
  "blockquote",
]);
const PARAGRAPHS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6"]);
const CELLS = new Set(["td", "th"]);

type TLine = { text: string; depth: number };

class TextWriter {
  readonly lines: TLine[] = [];
  // The line being written, in pieces: asking a long string built by += for its end copies it every time.
  private parts: string[] = [];
  private endsWithSpace = false;
  private currentDepth = 0;
  /** How deep in quote containers the writer is. */
  depth = 0;
  /** 1 once a copied original has begun: all that follows is quoted. */
  floor = 0;

  private get level() {
    return this.depth + this.floor;
  }

  write(text: string, isPreformatted = false) {
    if (isPreformatted) {
      text.split(/\r\n?|\n/).forEach((line, index) => {
        if (index > 0) this.lineBreak();
        this.append(line);
      });
      return;
    }
    const chunk = text.replace(/[ \t\n\r\f]+/g, " ");
    this.append(this.parts.length === 0 || this.endsWithSpace ? chunk.replace(/^ /, "") : chunk);
  }

  private append(chunk: string) {
    if (chunk === "") return;
    if (this.parts.length === 0) this.currentDepth = this.level;
    this.parts.push(chunk);
    this.endsWithSpace = chunk.endsWith(" ");
  }

  /** Ends the line, blank or not (a <br>). */
  lineBreak() {
    const text = this.parts.join("");
    this.lines.push({ text, depth: text === "" ? this.level : this.currentDepth });
    this.parts = [];
    this.endsWithSpace = false;
  }

  /** Starts a new line unless at the start of one (a block's edge). A line of &nbsp; is a blank line shown. */
  blockBreak() {
    if (this.parts.length > 0) this.lineBreak();
  }

  /** Leaves a blank line, unless there is one already (a paragraph's edge). */
  paragraphBreak() {
    this.blockBreak();
    const last = this.lines[this.lines.length - 1];
    if (last && last.text.trim() !== "") this.lineBreak();
  }

  toString(): string {
    this.blockBreak();
    const lines = [...this.lines];
    while (lines.length && lines[lines.length - 1].text.trim() === "") lines.pop();
    return lines
      .map(({ text, depth }) => {
        const line = text.replace(/\u00a0/g, " ").trimEnd();
        return depth > 0 ? `${">".repeat(depth)}${line === "" ? "" : ` ${line}`}` : line;
      })
      .join("\n");
  }
}

/** A link shows its address too when the words differ from it ("здесь" → "здесь (https://…)"). */
function linkAddress(element: THtmlElement): string | null {
  const href = element.attrs.href?.trim() ?? "";
  if (!/^https?:\/\//i.test(href)) return null;
  const words = textContent(element).replace(/\s+/g, "");
  return words.includes(href.replace(/^https?:\/\//i, "").replace(/\/$/, "")) ? null : href;
}

function render(
  node: THtmlNode,
  out: TextWriter,
  context: { isPre: boolean; list: { ordered: boolean; next: number } | null },
) {
  if (typeof node === "string") return out.write(node, context.isPre);
  const { tag } = node;
  const role = htmlRole(node);
  if (role === "hidden" || role === "signature") return;
  if (role === "original") out.floor = 1;
  if (tag === "br") return out.lineBreak();
  if (tag === "img") return;
  const isParagraph = PARAGRAPHS.has(tag) && !(node.attrs.class ?? "").split(/\s+/).includes("MsoNormal");
  const isBlock = isParagraph || BLOCKS.has(tag) || PARAGRAPHS.has(tag) || role !== null;
  if (isParagraph) out.paragraphBreak();
  else if (isBlock) out.blockBreak();
  if (CELLS.has(tag)) out.write(" ");
  if (role === "quote") out.depth += 1;
  if (tag === "li") {
    const list = context.list;
    out.write(list?.ordered ? `${list.next++}. ` : "- ");
  }
  const inner = {
    isPre: context.isPre || tag === "pre",
    list: tag === "ul" || tag === "ol" ? { ordered: tag === "ol", next: Number(node.attrs.start) || 1 } : context.list,
  };
  for (const child of node.children) render(child, out, inner);
  if (tag === "a") {
    const address = linkAddress(node);
    if (address) out.write(` (${address})`);
  }
  if (role === "quote") {
    out.blockBreak();
    out.depth -= 1;
  }
  if (isParagraph) out.paragraphBreak();
  else if (isBlock) out.blockBreak();
}

export function htmlToText(html: string): string {
  const out = new TextWriter();
  render(parseHtml(html), out, { isPre: false, list: null });
  return out.toString();
}
