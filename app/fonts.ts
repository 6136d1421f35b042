import localFont from "next/font/local";

// Inter for Latin and Cyrillic text (the files of @fontsource-variable/inter), preloaded with every page.
// "optional": should a font not be there by the first paint (a slow first visit), the page keeps the system
// font instead of reflowing when it arrives, which used to shift the forms (Lighthouse: layout shift).
// Characters of other scripts (Greek, Vietnamese, rarer Latin and Cyrillic letters) are in the system font:
// a face that swapped in later would bring the shift back.

export const interLatin = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-inter-latin",
  adjustFontFallback: false,
  declarations: [
    {
      prop: "unicode-range",
      value:
        "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    },
  ],
});

export const interCyrillic = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-cyrillic-wght-normal.woff2",
  weight: "100 900",
  display: "optional",
  variable: "--font-inter-cyrillic",
  adjustFontFallback: false,
  declarations: [{ prop: "unicode-range", value: "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116" }],
});
