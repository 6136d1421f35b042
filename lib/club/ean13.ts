/**
 * EAN-13 bar patterns (GS1 General Specifications, 5.2.1): the first digit picks the L/G parity of the left
 * six digits, which are encoded with the L or G set; the right six with the R set; guards 101, 01010, 101.
 * A pattern is a string of modules, "1" a bar and "0" a space: 95 modules in all.
 */
const L = [
  "0001101",
  "0011001",
  "0010011",
  "0111101",
  "0100011",
  "0110001",
  "0101111",
  "0111011",
  "0110111",
  "0001011",
];
const G = [
  "0100111",
  "0110011",
  "0011011",
  "0100001",
  "0011101",
  "0111001",
  "0000101",
  "0010001",
  "0001001",
  "0010111",
];
const R = [
  "1110010",
  "1100110",
  "1101100",
  "1000010",
  "1011100",
  "1001110",
  "1010000",
  "1000100",
  "1001000",
  "1110100",
];
const PARITY = ["LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"];

export function ean13Pattern(code: string): string {
  if (!/^\d{13}$/.test(code)) throw new RangeError("an EAN-13 code has 13 digits");
  const digits = [...code].map(Number);
  const parity = PARITY[digits[0]];
  const left = digits
    .slice(1, 7)
    .map((digit, i) => (parity[i] === "L" ? L : G)[digit])
    .join("");
  const right = digits
    .slice(7)
    .map((digit) => R[digit])
    .join("");
  return `101${left}01010${right}101`;
}

/** The bars of a pattern as runs: x position and width in modules. */
export function barsOf(pattern: string): { x: number; width: number }[] {
  const bars: { x: number; width: number }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== "1") continue;
    if (i > 0 && pattern[i - 1] === "1") bars[bars.length - 1].width++;
    else bars.push({ x: i, width: 1 });
  }
  return bars;
}
