/** RFC 9457's media type for problem details. */
export const PROBLEM_CONTENT_TYPE = "application/problem+json";
