/**
 * Loyalty card numbers are EAN-13 codes in the GS1 range 27 (reserved for in-house use), so any counter
 * scanner reads the card's barcode and a mistyped digit is caught by the check digit.
 */
const CARD_PREFIX = "27";
const CARD_NUMBER = /^\d{13}$/;

/** The EAN-13 check digit of the first 12 digits. */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/** The card number for a serial (0 … 9,999,999,999). */
export function cardNumberFromSerial(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 9_999_999_999) {
    throw new RangeError("card serial out of range");
  }
  const body = CARD_PREFIX + String(serial).padStart(10, "0");
  return body + ean13CheckDigit(body);
}

export function isValidCardNumber(value: string): boolean {
  return CARD_NUMBER.test(value) && value.startsWith(CARD_PREFIX) && ean13CheckDigit(value) === Number(value[12]);
}
