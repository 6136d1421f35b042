// html-to-text comes with @react-email/render and ships no types; this is the one function used here.
declare module "html-to-text" {
  type TSelector = { selector: string; format?: string; options?: Record<string, unknown> };
  export function compile(options: { wordwrap?: false | number; selectors?: TSelector[] }): (html: string) => string;
}
