import "server-only";

import { findStatusView } from "@/lib/cases/status-view";
import { db } from "@/lib/db";

import type { TCaseAccess } from "./case-access";
import type { TCaseResponse } from "./schemas";

/** The case's own fields as the API writes them, whoever asks; the history is what the asker may see. */
function caseResponse(
  found: Pick<TCaseResponse, "number" | "type" | "status"> & { createdAt: Date; dueAt: Date | null },
  history: TCaseResponse["history"],
): TCaseResponse {
  return {
    number: found.number,
    type: found.type,
    status: found.status,
    createdAt: found.createdAt.toISOString(),
    dueAt: found.dueAt?.toISOString() ?? null,
    history,
  };
}

/**
 * A case as the API shows it, or null when there is none or the access does not reach it. A status token
 * sees what its status page shows, reply texts included; a key sees kinds and times of the public
 * history only, since texts are written to the applicant.
 */
export async function findApiCase(number: string, access: TCaseAccess): Promise<TCaseResponse | null> {
  if (access.kind === "statusToken") {
    const view = await findStatusView(access.token);
    if (!view || view.number !== number) return null;
    return caseResponse(
      view,
      view.events.map((event) => ({
        kind: event.kind,
        at: event.createdAt.toISOString(),
        ...(event.kind === "PUBLIC_REPLY" && event.body ? { text: event.body } : {}),
      })),
    );
  }
  const found = await db.case.findUnique({
    where: { number },
    select: {
      number: true,
      type: true,
      status: true,
      createdAt: true,
      dueAt: true,
      events: { where: { isPublic: true }, orderBy: { createdAt: "asc" }, select: { kind: true, createdAt: true } },
    },
  });
  if (!found) return null;
  return caseResponse(
    found,
    found.events.map((event) => ({ kind: event.kind, at: event.createdAt.toISOString() })),
  );
}

/** The status of a case just filed or found again by its idempotency key. */
export async function caseStatus(number: string) {
  const found = await db.case.findUniqueOrThrow({ where: { number }, select: { status: true } });
  return found.status;
}
