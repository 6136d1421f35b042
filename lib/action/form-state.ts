import type { TActionResult } from "./action-result";

/**
 * What a form posted through React's useActionState holds between posts: the last answer, and what was
 * typed when it was refused, so a page rendered on the server (the form was posted before its scripts ran)
 * shows it again beside the errors.
 */
export type TFormState<TData> = { result: TActionResult<TData> | null; values: Record<string, string> };

export const EMPTY_FORM_STATE: TFormState<never> = { result: null, values: {} };
