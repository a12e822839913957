import type { CST } from 'yaml';

/** The deepest nesting of maps and lists in one parsed YAML token, and where it first goes past `limit`. */
export interface Nesting {
  readonly depth: number;
  /** The source offset of the first map or list nested deeper than `limit`, or null. */
  readonly tooDeepAt: number | null;
}

/**
 * How deep the maps and lists of a document token nest, walked without recursion so that a
 * hostile file (`[[[[…` ten thousand times) cannot overflow the stack: a map or list at the
 * top is depth 1. Stops at the first collection deeper than `limit`.
 */
export function nestingDepth(token: CST.Token, limit: number): Nesting {
  const stack: { token: CST.Token; depth: number }[] = [{ token, depth: 0 }];
  let deepest = 0;
  while (stack.length > 0) {
    const { token: t, depth } = stack.pop()!;
    switch (t.type) {
      case 'document':
        if (t.value) stack.push({ token: t.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        const d = depth + 1;
        if (d > limit) return { depth: d, tooDeepAt: t.offset };
        if (d > deepest) deepest = d;
        for (const item of t.items) {
          if ('key' in item && item.key) stack.push({ token: item.key, depth: d });
          if (item.value) stack.push({ token: item.value, depth: d });
        }
        break;
      }
      default:
        break;
    }
  }
  return { depth: deepest, tooDeepAt: null };
}
