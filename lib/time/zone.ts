/**
 * The operator's zone: its days, weeks and years (digest, reports, filters, surveys, events, case numbers).
 * A file of its own so that a page showing times in it does not also load the calendar arithmetic.
 */
export const OPERATOR_TIME_ZONE = "Europe/Moscow";
