/** True for checkPolicy's message about a key that is not a policy parameter: point at the key, not its value. */
export function isUnknownKey(message: string): boolean {
  return message.startsWith('unknown policy key');
}
