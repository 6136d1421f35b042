/** Lengths of the public forms' text fields; in a module of its own so forms can show them without zod. */
export const TEXT_LIMITS = { name: 100, text: 5000, short: 500, comment: 2000 } as const;
