/**
 * @module connectors/er-beds/parse
 * Vendor shape → records. Numbers may come as numeric strings. A row with an unreadable id, time or bed
 * count, or with more beds available than in service, becomes a reject; the others still flow.
 */
import { z } from 'zod';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { classifyResultCode, readEnvelope } from '../_safety/envelope.ts';
import { parseKst } from '../_safety/kst.ts';

export interface ErRecord {
  hpid: string;
  name: string;
  address: string;
  levelName: string;
  lon: number;
  lat: number;
  available: number;
  total: number;
  /** Epoch ms of hvidate (KST). */
  at: number;
  synthetic: boolean;
}

const num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const text = z.string().trim().min(1);

const ItemSchema = z
  .looseObject({
    hpid: text.regex(/^[A-Z]\d{7}$/, 'an institution id such as A1100001'),
    dutyName: text,
    dutyAddr: text,
    dutyEmclsName: text,
    wgs84Lon: num,
    wgs84Lat: num,
    hvec: num.pipe(z.number().int('must be a whole number')),
    hvs01: num.pipe(z.number().int().nonnegative('must be a whole number, not negative')),
    hvidate: z.union([z.string(), z.number()]).transform(String).refine((s) => /^\d{14}$/.test(s) && parseKst(s) !== null, 'not a KST time YYYYMMDDHHmmss'),
    syntheticYn: z.enum(['Y', 'N']).default('N'),
  })
  .refine((i) => i.hvec <= i.hvs01, { message: 'more beds available (hvec) than in service (hvs01)', path: ['hvec'] });

const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`)
    .join('; ');

export const parseErBedsPage = (page: RawPage): ParseResult<ErRecord> => {
  const env = readEnvelope(page.body);
  const kind = classifyResultCode(env.code);
  if (kind === 'empty') return { records: [], rejects: [] };
  if (kind !== 'ok') throw new ParseError(`the page carries result ${env.code} ${env.message}`);
  const records: ErRecord[] = [];
  const rejects: Reject[] = [];
  for (const raw of env.items) {
    const res = ItemSchema.safeParse(raw);
    if (!res.success) {
      rejects.push({ reason: `bad emergency-room row: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
      continue;
    }
    const i = res.data;
    records.push({
      hpid: i.hpid, name: i.dutyName, address: i.dutyAddr, levelName: i.dutyEmclsName, lon: i.wgs84Lon, lat: i.wgs84Lat,
      available: i.hvec, total: i.hvs01, at: parseKst(i.hvidate) as number, synthetic: i.syntheticYn === 'Y',
    });
  }
  return { records, rejects };
};
