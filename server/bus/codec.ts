/**
 * @module bus/codec
 * JSON on the wire, validated with zod on the way in.
 */
import type { z } from 'zod';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const encodeJson = (value: unknown): Uint8Array => encoder.encode(JSON.stringify(value));

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: string };

export function decodeJson<T>(raw: Uint8Array, schema: z.ZodType<T>): Decoded<T> {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(raw));
  } catch (err) {
    return { ok: false, reason: `not JSON: ${(err as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  return { ok: false, reason: `schema: ${first.join('; ')}` };
}
