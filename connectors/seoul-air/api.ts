/**
 * @module connectors/seoul-air/api
 * Pure facts about the Seoul Open API (openapi.seoul.go.kr:8088) shared by fetch and parse:
 * services, paging, the RESULT envelope and what each RESULT code means.
 */
import { z } from 'zod';
import { ParseError } from '../_kit/errors.ts';

export const DEFAULT_BASE_URL = 'http://openapi.seoul.go.kr:8088';
export const SERVICES = { realtime: 'RealtimeCityAir', daily: 'DailyAverageAirQuality' } as const;
export type ServiceName = (typeof SERVICES)[keyof typeof SERVICES];
/** The API serves at most 1000 rows per request (ERROR-336 beyond). */
export const PAGE_SIZE = 1000;

const ResultSchema = z.object({ CODE: z.string().min(1), MESSAGE: z.string().optional().default('') });
const ServiceBodySchema = z.object({
  list_total_count: z.coerce.number().int().nonnegative().optional(),
  RESULT: ResultSchema,
  row: z.array(z.unknown()).optional(),
});

export interface Envelope {
  service: ServiceName | null;
  code: string;
  message: string;
  total: number;
  rows: unknown[];
}

const parseJson = (body: string | Buffer): unknown => {
  try {
    return JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch (err) {
    throw new ParseError('the body is not JSON', { cause: err });
  }
};

/**
 * Reads `{ <Service>: { list_total_count, RESULT, row } }` or the bare `{ RESULT }` the API sends for
 * errors and empty results. Throws ParseError for anything else.
 */
export const readEnvelope = (body: string | Buffer): Envelope => {
  const json = parseJson(body);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ParseError('the body is not a JSON object');
  const obj = json as Record<string, unknown>;
  for (const service of Object.values(SERVICES)) {
    if (!(service in obj)) continue;
    const res = ServiceBodySchema.safeParse(obj[service]);
    if (!res.success) throw new ParseError(`${service}: unexpected envelope: ${res.error.message}`, { cause: res.error });
    const rows = res.data.row ?? [];
    return { service, code: res.data.RESULT.CODE, message: res.data.RESULT.MESSAGE, total: res.data.list_total_count ?? rows.length, rows };
  }
  const bare = z.object({ RESULT: ResultSchema }).safeParse(obj);
  if (bare.success) return { service: null, code: bare.data.RESULT.CODE, message: bare.data.RESULT.MESSAGE, total: 0, rows: [] };
  throw new ParseError(`unknown envelope with keys ${Object.keys(obj).slice(0, 5).join(', ')}`);
};

export type ResultClass = 'ok' | 'empty' | 'unrecoverable' | 'transient';

/** INFO-000 ok; INFO-200 no data; INFO-100, INFO-3xx and ERROR-3xx key or request errors; everything else transient. */
export const classifyResult = (code: string): ResultClass => {
  if (code === 'INFO-000') return 'ok';
  if (code === 'INFO-200') return 'empty';
  if (code === 'INFO-100' || /^(INFO|ERROR)-3\d\d$/.test(code)) return 'unrecoverable';
  return 'transient';
};
