import { z } from 'zod';

/** The keys a strict map allows at `path` in `schema` (for "unknown key" hints); [] when not a map. */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: z.ZodType | undefined = schema;
  for (const seg of path) {
    s = step(unwrap(s), seg);
    if (!s) return [];
  }
  const o = unwrap(s);
  if (o instanceof z.ZodObject) return Object.keys(o.shape);
  if (o instanceof z.ZodUnion) return (o.options as z.ZodType[]).flatMap((x) => knownKeysAt(x, []));
  return [];
}

function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

function step(s: z.ZodType, seg: PropertyKey): z.ZodType | undefined {
  if (s instanceof z.ZodObject) return (s.shape as Record<string, z.ZodType>)[String(seg)];
  if (s instanceof z.ZodArray) return s.element as z.ZodType;
  if (s instanceof z.ZodRecord) return s.valueType as z.ZodType;
  if (s instanceof z.ZodUnion) {
    for (const o of s.options as z.ZodType[]) {
      const r = step(unwrap(o), seg);
      if (r) return r;
    }
  }
  return undefined;
}
