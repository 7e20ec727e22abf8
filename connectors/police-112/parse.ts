/**
 * @module connectors/police-112/parse
 * Vendor shape → records. A row with an unknown stage, category or response code, an unreadable time, a
 * missing place or a negative duration becomes a reject with its reason; the other rows still flow.
 */
import { z } from 'zod';
import type { IncidentStage } from '../../server/contracts/index.ts';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { classifyResultCode, readEnvelope } from '../_safety/envelope.ts';
import { parseKst } from '../_safety/kst.ts';
import { POLICE_STAGE_NAMES, POLICE_TYPE_NAMES, RESPONSE_CODES, type PoliceIncidentType, type ResponseCode } from './api.ts';

export interface PoliceRecord {
  number: string;
  stage: IncidentStage;
  /** Epoch ms of the stage (단계일시, KST). */
  at: number;
  type: PoliceIncidentType;
  code: ResponseCode;
  gu: string;
  dong: string | null;
  lon: number;
  lat: number;
  station: string;
  dispatchS: number | null;
  travelS: number | null;
  onSceneS: number | null;
  synthetic: boolean;
}

const STAGE_OF = new Map(Object.entries(POLICE_STAGE_NAMES).map(([stage, ko]) => [ko, stage as IncidentStage]));
const TYPE_OF = new Map(Object.entries(POLICE_TYPE_NAMES).map(([type, ko]) => [ko as string, type as PoliceIncidentType]));

const num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]);
const seconds = num.pipe(z.number().nonnegative('must not be negative')).nullish().transform((v) => v ?? null);
const text = z.string().trim().min(1);

const ItemSchema = z.looseObject({
  사건번호: text.regex(/^[A-Za-z0-9_.-]{1,80}$/, 'letters, digits, dot, dash or underscore'),
  처리단계: text.refine((s) => STAGE_OF.has(s), 'unknown stage (접수, 지령, 도착, 종결)'),
  단계일시: text.refine((s) => parseKst(s) !== null, 'not a KST time'),
  사건종별: text.refine((s) => TYPE_OF.has(s), 'unknown category (살인, 강도, 성폭력, 절도, 폭력)'),
  대응코드: z.enum(RESPONSE_CODES, 'unknown response code (코드0 … 코드4)'),
  시군구명: text,
  행정동명: z.string().nullish(),
  경도: num,
  위도: num,
  관할경찰서: text,
  접수처리시간: seconds,
  출동소요시간: seconds,
  현장처리시간: seconds,
  합성데이터: z.enum(['Y', 'N']).default('N'),
});

type Item = z.infer<typeof ItemSchema>;

const toRecord = (i: Item): PoliceRecord => ({
  number: i.사건번호,
  stage: STAGE_OF.get(i.처리단계) as IncidentStage,
  at: parseKst(i.단계일시) as number,
  type: TYPE_OF.get(i.사건종별) as PoliceIncidentType,
  code: RESPONSE_CODES.indexOf(i.대응코드) as ResponseCode,
  gu: i.시군구명,
  dong: i.행정동명?.trim() || null,
  lon: i.경도,
  lat: i.위도,
  station: i.관할경찰서,
  dispatchS: i.접수처리시간,
  travelS: i.출동소요시간,
  onSceneS: i.현장처리시간,
  synthetic: i.합성데이터 === 'Y',
});

const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`)
    .join('; ');

/** Parses one page of the 112 feed. */
export const parsePolice112Page = (page: RawPage): ParseResult<PoliceRecord> => {
  const env = readEnvelope(page.body);
  const kind = classifyResultCode(env.code);
  if (kind === 'empty') return { records: [], rejects: [] };
  if (kind !== 'ok') throw new ParseError(`the page carries result ${env.code} ${env.message}`);
  const records: PoliceRecord[] = [];
  const rejects: Reject[] = [];
  for (const raw of env.items) {
    const res = ItemSchema.safeParse(raw);
    if (res.success) records.push(toRecord(res.data));
    else rejects.push({ reason: `bad 112 row: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};
