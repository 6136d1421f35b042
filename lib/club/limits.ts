/**
 * How long the questionnaire's own answers may be: the schema checks them and the form's fields stop typing
 * at them, so both read them here. Imports nothing, so the form carries no schema code to the browser.
 */
export const QUESTIONNAIRE_LIMITS = { name: 100, place: 100, parentName: 200, ideas: 5000 } as const;
