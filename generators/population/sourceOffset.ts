import { type Document, isMap, isSeq, isScalar, type Node } from 'yaml';

/**
 * The source offset of the node at `path` in a parsed YAML document (its key with `atKey`),
 * or of the nearest ancestor that exists (a missing key points at the map that lacks it).
 */
export function sourceOffset(doc: Document, path: readonly PropertyKey[], atKey = false): number {
  let node: Node | null = doc.contents;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i]!;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (atKey && i === path.length - 1) return keyNode.range?.[0] ?? offset;
      node = (pair.value as Node | null) ?? null;
      offset = node?.range?.[0] ?? keyNode.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = (node.items[seg] as Node | undefined) ?? null;
      if (!node) break;
      offset = node.range?.[0] ?? offset;
    } else break;
  }
  return offset;
}
