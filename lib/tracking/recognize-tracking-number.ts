// Pure and free of server code: the complaint and claim forms run it in the browser on every keystroke, and
// the server runs it again through ZTrackingNumber.

export type TTrackingRecognition =
  | { kind: "EMPTY" }
  | {
      kind: "S10";
      normalized: string;
      isCheckDigitValid: boolean;
      expectedCheckDigit: number;
      serviceIndicator: string;
      countryCode: string;
    }
  | {
      kind: "DOMESTIC";
      normalized: string;
      isCheckDigitValid: boolean;
      expectedCheckDigit: number;
      officePostcode: string;
      monthCode: string;
      itemNumber: string;
    }
  | { kind: "UNKNOWN"; normalized: string; reason: "NOT_POSTAL" | "INCOMPLETE" };

/** Cyrillic capitals that look like Latin ones: people type "РА…RU" on a Russian keyboard layout. */
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  Х: "X",
};

const S10 = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;
const DOMESTIC = /^(\d{6})(\d{2})(\d{5})(\d)$/;
/** What an S10 number looks like while it is being typed. */
const S10_PREFIX = /^[A-Z]{1,2}$|^[A-Z]{2}\d{1,9}$|^[A-Z]{2}\d{9}[A-Z]$/;
/**
 * A domestic number being typed, from its office postcode on: five digits or fewer are as likely an order
 * number from a shop, and the hint "keep typing" would mislead.
 */
const DOMESTIC_PREFIX = /^\d{6,13}$/;

/** UPU S10 weights over the 8 serial digits. */
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

export function normalizeTrackingNumber(input: string): string {
  return input
    .trim()
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—]/g, "")
    .replace(/[АВЕКМНОРСТХ]/g, (letter) => CYRILLIC_LOOKALIKES[letter] ?? letter);
}

/** UPU S10: C = 11 − (Σ weight·digit mod 11), where 10 becomes 0 and 11 becomes 5. */
function s10CheckDigit(serial: string): number {
  const sum = [...serial].reduce((total, digit, index) => total + S10_WEIGHTS[index] * Number(digit), 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

/**
 * The check digit of 14-digit domestic numbers as it is commonly described (odd positions weigh 3, even 1,
 * modulo 10). The operator does not publish it, so callers only warn when it does not match.
 */
function domesticCheckDigit(first13: string): number {
  const sum = [...first13].reduce((total, digit, index) => total + (index % 2 === 0 ? 3 : 1) * Number(digit), 0);
  return (10 - (sum % 10)) % 10;
}

/** Tells which kind of postal tracking number the input is, tolerating spaces, dashes and look-alike letters. */
export function recognizeTrackingNumber(input: string): TTrackingRecognition {
  const normalized = normalizeTrackingNumber(input);
  if (normalized === "") return { kind: "EMPTY" };

  const s10 = S10.exec(normalized);
  if (s10) {
    const [, serviceIndicator, serial, checkDigit, countryCode] = s10;
    const expectedCheckDigit = s10CheckDigit(serial);
    return {
      kind: "S10",
      normalized,
      isCheckDigitValid: Number(checkDigit) === expectedCheckDigit,
      expectedCheckDigit,
      serviceIndicator,
      countryCode,
    };
  }

  const domestic = DOMESTIC.exec(normalized);
  if (domestic) {
    const [, officePostcode, monthCode, itemNumber, checkDigit] = domestic;
    const expectedCheckDigit = domesticCheckDigit(normalized.slice(0, 13));
    return {
      kind: "DOMESTIC",
      normalized,
      isCheckDigitValid: Number(checkDigit) === expectedCheckDigit,
      expectedCheckDigit,
      officePostcode,
      monthCode,
      itemNumber,
    };
  }

  const isPrefix = S10_PREFIX.test(normalized) || DOMESTIC_PREFIX.test(normalized);
  return { kind: "UNKNOWN", normalized, reason: isPrefix ? "INCOMPLETE" : "NOT_POSTAL" };
}
