import type { TimestampDigest } from "graphile-worker";

/** The minute a cron item is matched against: graphile-worker takes the UTC parts of it. */
export function cronMinute(iso: string): TimestampDigest {
  const at = new Date(iso);
  return {
    min: at.getUTCMinutes(),
    hour: at.getUTCHours(),
    date: at.getUTCDate(),
    month: at.getUTCMonth() + 1,
    dow: at.getUTCDay(),
  };
}
