export { fileInboundEmail, type TInboundOutcome } from "./file-inbound-email";
export { RECEIVE_INBOUND_EMAIL_TASK } from "./inbound-job";
export { acceptInboundEmail, receiveInboundEmail } from "./receive-inbound-email";
export { createReceiveInboundEmailTask } from "./receive-inbound-email-task";
export { INBOUND_MAX_BYTES, startInboundSmtp, type TInboundSmtp } from "./smtp-listener";
export { splitReply, type TReplyParts } from "./strip-quotes";
