/** The target protocol's version (docs/target-protocol.md); `hello` answers it, the adapter refuses another. */
export const PROTOCOL_VERSION = 1;
