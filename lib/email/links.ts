/** The http(s) links of an email's HTML part, in order, without repeats. */
export function linksOf(html: string): string[] {
  const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map(([, href]) =>
    href.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#x27;", "'"),
  );
  return [...new Set(hrefs.filter((href) => /^https?:\/\//.test(href)))];
}
