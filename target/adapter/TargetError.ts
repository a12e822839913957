/**
 * A target that broke the protocol (a reply that is not JSON, oversized, out of protocol, an
 * `error` reply, a child that exited): one line naming the target, the message and the step.
 */
export class TargetError extends Error {}
