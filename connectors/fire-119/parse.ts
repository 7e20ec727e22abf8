/**
 * @module connectors/fire-119/parse
 * Vendor shape → records. A row with an unknown stage or type, an unreadable time, a missing place or a
 * negative figure becomes a reject with its reason; the other rows of the page still flow.
 */
import { z } from 'zod';
import type { IncidentStage, IncidentType } from '../../server/contracts/index.ts';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { classifyResultCode, readEnvelope } from '../_safety/envelope.ts';
import { parseKst } from '../_safety/kst.ts';
import { FIRE_STAGE_NAMES, FIRE_TYPE_NAMES } from './api.ts';

export interface FireRecord {
  number: string;
  stage: IncidentStage;
  /** Epoch ms of the stage (from 단계일시, KST). */
  at: number;
  type: IncidentType;
  gu: string;
  dong: string | null;
  lon: number;
  lat: number;
  station: string;
  deaths: number | null;
  injuries: number | null;
  damageKrwThousands: number | null;
  dispatchS: number | null;
  dispatchEstimated: boolean;
  travelS: number | null;
  suppressionS: number | null;
  /** The replayed record's original time (simulator only), for the run log. */
  originalAt: string | null;
}

const STAGE_OF = new Map(Object.entries(FIRE_STAGE_NAMES).map(([stage, ko]) => [ko, stage as IncidentStage]));
const TYPE_OF = new Map(Object.entries(FIRE_TYPE_NAMES).map(([type, ko]) => [ko, type as IncidentType]));

const num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const figure = num.pipe(z.number().nonnegative('must not be negative')).nullish().transform((v) => v ?? null);
const count = num.pipe(z.number().int().nonnegative('must be a whole number, not negative')).nullish().transform((v) => v ?? null);
const text = z.string().trim().min(1);

const ItemSchema = z.looseObject({
  신고번호: text.regex(/^[A-Za-z0-9_.-]{1,80}$/, 'letters, digits, dot, dash or underscore'),
  처리단계: text.refine((s) => STAGE_OF.has(s), 'unknown stage (접수, 출동, 도착, 완료)'),
  단계일시: text.refine((s) => parseKst(s) !== null, 'not a KST time'),
  사고유형: text.refine((s) => TYPE_OF.has(s), 'unknown incident type (화재, 구조, 구급)'),
  시군구명: text,
  읍면동명: z.string().nullish(),
  경도: num,
  위도: num,
  관할소방서: text,
  사망수: count,
  부상자수: count,
  재산피해금액: figure,
  접수처리시간: figure,
  접수처리시간추정: z.enum(['Y', 'N']).default('N'),
  출동소요시간: figure,
  화재진압시간: figure,
  원본화재발생일시: z.string().nullish(),
});

type Item = z.infer<typeof ItemSchema>;

const toRecord = (i: Item): FireRecord => ({
  number: i.신고번호,
  stage: STAGE_OF.get(i.처리단계) as IncidentStage,
  at: parseKst(i.단계일시) as number,
  type: TYPE_OF.get(i.사고유형) as IncidentType,
  gu: i.시군구명,
  dong: i.읍면동명?.trim() || null,
  lon: i.경도,
  lat: i.위도,
  station: i.관할소방서,
  deaths: i.사망수,
  injuries: i.부상자수,
  damageKrwThousands: i.재산피해금액,
  dispatchS: i.접수처리시간,
  dispatchEstimated: i.접수처리시간추정 === 'Y',
  travelS: i.출동소요시간,
  suppressionS: i.화재진압시간,
  originalAt: i.원본화재발생일시 ?? null,
});

const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`)
    .join('; ');

/** Parses one page of the 119 feed. */
export const parseFire119Page = (page: RawPage): ParseResult<FireRecord> => {
  const env = readEnvelope(page.body);
  const kind = classifyResultCode(env.code);
  if (kind === 'empty') return { records: [], rejects: [] };
  if (kind !== 'ok') throw new ParseError(`the page carries result ${env.code} ${env.message}`);
  const records: FireRecord[] = [];
  const rejects: Reject[] = [];
  for (const raw of env.items) {
    const res = ItemSchema.safeParse(raw);
    if (res.success) records.push(toRecord(res.data));
    else rejects.push({ reason: `bad 119 row: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};
