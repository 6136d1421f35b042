import { describe, expect, it } from "vitest";

import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
  it.each([
    {
      rule: "writes lines by blocks and <br>, paragraphs with a blank line, and decodes references",
      html: "<div>Посылка &laquo;RA123456785RU&raquo; &mdash; не пришла.<br>Отделение &#8470;&nbsp;101000</div><div><br></div><p>Второй абзац.</p><p>Третий &amp; последний.</p>",
      text: "Посылка «RA123456785RU» — не пришла.\nОтделение № 101000\n\nВторой абзац.\n\nТретий & последний.",
    },
    {
      rule: "collapses the markup's whitespace but keeps a <pre> as written",
      html: "<div>\n  Номер\n   отправления\n</div><pre>RA 1234\n  56785RU</pre>",
      text: "Номер отправления\nRA 1234\n  56785RU",
    },
    {
      rule: "lists items, shows a link's address when the words differ, and leaves pictures out",
      html: '<ol><li>Квитанция</li><li>Фото</li></ol><ul><li>коробка</li></ul><p>Фото <a href="https://disk.example/abc">здесь</a>, сайт <a href="https://post.example/">https://post.example/</a>.</p><img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">',
      text: "1. Квитанция\n2. Фото\n- коробка\n\nФото здесь (https://disk.example/abc), сайт https://post.example/.",
    },
    {
      rule: "leaves out the head, styles, scripts, comments and hidden parts",
      html: '<html><head><title>Re</title><style>p { color: red }</style></head><body><!--[if mso]><p>mso</p><![endif]--><script>alert(1)</script><span style="display: none">preview</span><p>Текст</p></body></html>',
      text: "Текст",
    },
    {
      rule: "marks quote containers with «>» by depth, a borderless (indent) blockquote stays the customer's",
      html: '<div>Ответ</div><blockquote type="cite"><div>Вопрос</div><blockquote type="cite">Ранее</blockquote></blockquote><blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div>С отступом</div></blockquote>',
      text: "Ответ\n> Вопрос\n>> Ранее\nС отступом",
    },
    {
      rule: "quotes everything from Outlook's reply header on, and drops signature blocks",
      html: '<div>Перезвоните.</div><div id="Signature"><div>Иван Петров, тел. 8 900</div></div><div id="divRplyFwdMsg"><b>От:</b> Клуб<br><b>Тема:</b> Ж-2026-000123</div><div>Здравствуйте!</div><div class="moz-signature">-- <br>Клуб</div>',
      text: "Перезвоните.\n> От: Клуб\n> Тема: Ж-2026-000123\n> Здравствуйте!",
    },
    {
      rule: "survives broken markup: unclosed elements, stray end tags, a bare «<»",
      html: "<div>1 < 2 <b>и всё<blockquote>цитата<div>внутри</blockquote></b></span>после</div>",
      text: "1 < 2 и всё\n> цитата\n> внутри\nпосле",
    },
  ])("$rule", ({ html, text }) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe("htmlToText on hostile markup", () => {
  it("reads deep nesting and a flood of unfinished tags quickly, without running out of stack", () => {
    const deep = `${"<div>".repeat(100_000)}Текст${"</div>".repeat(100_000)}`;
    expect(htmlToText(deep)).toBe("Текст");
    const started = Date.now();
    expect(htmlToText(`Текст ${"<a ".repeat(100_000)}`).startsWith("Текст <a <a")).toBe(true);
    expect(htmlToText(`${"<1".repeat(100_000)}>`).startsWith("<1<1")).toBe(true);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
