import { expect, type Locator, type Page } from "@playwright/test";

/**
 * What sticks out past the right edge of the window: the page's scroll width, and the element or text
 * reaching furthest right (deepest first among equals), described so a failure says where to look. Text
 * is measured on its own, since an unbreakable word overflows its paragraph while the paragraph's box fits.
 */
async function overflowOf(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const limit = window.innerWidth;
    let widest: { right: number; element: Element; text?: string } | null = null;
    // Inside a box that clips or scrolls (a visually hidden label, a table's scroller) and itself fits, content
    // past the edge moves nothing.
    const isClipped = (element: Element) => {
      for (let box: Element | null = element; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== "visible" && box.getBoundingClientRect().right <= limit) return true;
      }
      return false;
    };
    const consider = (right: number, element: Element, text?: string) => {
      if (right <= limit + 0.5 || (widest && right < widest.right) || isClipped(element)) return;
      widest = { right, element, text };
    };
    for (const element of document.body.querySelectorAll("*")) {
      consider(element.getBoundingClientRect().right, element);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim() || !node.parentElement) continue;
      range.selectNodeContents(node);
      consider(range.getBoundingClientRect().right, node.parentElement, node.textContent.trim());
    }
    const found = widest as { right: number; element: Element; text?: string } | null;
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : "";
      const classes = typeof element.className === "string" && element.className ? `.${element.className}` : "";
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
      return `<${element.tagName.toLowerCase()}${id}${classes.replace(/\s+/g, ".")}> «${text}»`;
    };
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: limit,
      widest: found
        ? `${describe(found.element)}${found.text ? ` (its text «${found.text.slice(0, 60)}»)` : ""} reaches ${Math.round(found.right)} px`
        : "no element found past the edge",
    };
  });
}

/** The page scrolls no wider than the window; on failure, names the page and what sticks out furthest. */
export async function expectNoSidewaysScroll(page: Page, name: string) {
  const { scrollWidth, innerWidth, widest } = await overflowOf(page);
  expect
    .soft(scrollWidth, `${name} (${page.url()}) is ${scrollWidth} px wide at ${innerWidth} px: ${widest}`)
    .toBeLessThanOrEqual(innerWidth);
}

/** How many lines `text` takes inside the element (0 when the element does not hold it in one text node). */
export async function linesOfText(locator: Locator, text: string): Promise<number> {
  return locator.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    }
    return 0;
  }, text);
}
