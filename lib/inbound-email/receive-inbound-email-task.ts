import "server-only";

import type { Task } from "graphile-worker";

import { fileInboundEmail } from "./file-inbound-email";
import { ZReceiveInboundEmailPayload } from "./inbound-job";

/** The `receive-inbound-email` job: files one stored email; safe to run again (it lands once). */
export function createReceiveInboundEmailTask(): Task {
  return async (payload) => {
    const { id } = ZReceiveInboundEmailPayload.parse(payload);
    await fileInboundEmail(id);
  };
}
