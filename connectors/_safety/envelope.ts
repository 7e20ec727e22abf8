/**
 * @module connectors/safety/envelope
 * Pure: the response envelope of Korean public-sector JSON APIs in the data.go.kr style, which the 119,
 * 112 and emergency-room systems (and their simulators) use:
 *   { response: { header: { resultCode, resultMsg }, body: { items: { item: [...] }, numOfRows, pageNo?,
 *     totalCount?, nextCursor?, hasMore? } } }
 * An empty result may carry `items: ""` and a single row `item: {...}` (both are read as lists).
 */
import { z } from 'zod';
import { ParseError } from '../_kit/errors.ts';

/** Result codes as data.go.kr documents them. */
export const RESULT_MESSAGES: Readonly<Record<string, string>> = {
  '00': 'NORMAL SERVICE.',
  '01': 'APPLICATION_ERROR',
  '02': 'DB_ERROR',
  '03': 'NODATA_ERROR',
  '04': 'HTTP_ERROR',
  '05': 'SERVICETIME_OUT',
  '10': 'INVALID_REQUEST_PARAMETER_ERROR',
  '11': 'NO_MANDATORY_REQUEST_PARAMETERS_ERROR',
  '12': 'NO_OPENAPI_SERVICE_ERROR',
  '20': 'SERVICE_ACCESS_DENIED_ERROR',
  '21': 'TEMPORARILY_DISABLE_THE_SERVICEKEY_ERROR',
  '22': 'LIMITED_NUMBER_OF_SERVICE_REQUESTS_EXCEEDS_ERROR',
  '30': 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR',
  '31': 'DEADLINE_HAS_EXPIRED_ERROR',
  '32': 'UNREGISTERED_IP_ERROR',
  '33': 'UNSIGNED_CALL_ERROR',
  '99': 'UNKNOWN_ERROR',
};

export type ResultClass = 'ok' | 'empty' | 'unrecoverable' | 'rate-limited' | 'transient';

/** 00 ok; 03 no data; 22 too many requests; 1x, 20 and 3x refused for good; everything else transient. */
export const classifyResultCode = (code: string): ResultClass => {
  if (code === '00') return 'ok';
  if (code === '03') return 'empty';
  if (code === '22') return 'rate-limited';
  if (/^(1\d|20|3\d)$/.test(code)) return 'unrecoverable';
  return 'transient';
};

const ItemsSchema = z.union([
  z.literal(''),
  z.null(),
  z.object({ item: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]).optional() }),
]);

const count = z.coerce.number().int().nonnegative();

const BodySchema = z.looseObject({
  items: ItemsSchema.optional(),
  numOfRows: count.optional(),
  pageNo: count.optional(),
  totalCount: count.optional(),
  nextCursor: z.string().min(1).nullish(),
  hasMore: z.boolean().optional(),
});

const ResponseSchema = z.object({
  response: z.object({
    header: z.object({ resultCode: z.string().min(1), resultMsg: z.string().optional().default('') }),
    body: BodySchema.nullish(),
  }),
});

export interface Envelope {
  code: string;
  message: string;
  items: unknown[];
  totalCount: number | null;
  pageNo: number | null;
  numOfRows: number | null;
  nextCursor: string | null;
  hasMore: boolean;
}

const parseJson = (body: string | Buffer): unknown => {
  try {
    return JSON.parse(typeof body === 'string' ? body : body.toString('utf8'));
  } catch (err) {
    throw new ParseError('the body is not JSON', { cause: err });
  }
};

const listOf = (items: z.infer<typeof ItemsSchema> | undefined): unknown[] => {
  if (items === undefined || items === null || items === '' || items.item === undefined) return [];
  return Array.isArray(items.item) ? items.item : [items.item];
};

/** Reads the envelope; throws ParseError for anything that is not one. */
export const readEnvelope = (body: string | Buffer): Envelope => {
  const res = ResponseSchema.safeParse(parseJson(body));
  if (!res.success) throw new ParseError(`unknown envelope: ${res.error.issues[0]?.path.join('.') ?? ''} ${res.error.issues[0]?.message ?? ''}`.trim(), { cause: res.error });
  const { header, body: b } = res.data.response;
  return {
    code: header.resultCode,
    message: header.resultMsg,
    items: listOf(b?.items),
    totalCount: b?.totalCount ?? null,
    pageNo: b?.pageNo ?? null,
    numOfRows: b?.numOfRows ?? null,
    nextCursor: b?.nextCursor ?? null,
    hasMore: b?.hasMore ?? false,
  };
};
