/**
 * @module connectors/dasan-120/parse
 * Vendor shape → records, one per complaint with its history. A complaint with an unknown status, channel or
 * category, an unreadable time, a history that does not start with 접수 or runs backwards, or half a position
 * becomes a reject with its reason; the others still flow. A page that is not the feed's JSON throws ParseError.
 * Titles over 200 and texts over 4,000 characters are cut (the contract's limits), marked with `…`.
 */
import { z } from 'zod';
import type { ComplaintStatus } from '../../server/contracts/index.ts';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { DASAN_CATEGORIES, DASAN_CHANNEL_NAMES, DASAN_CHANNELS, DASAN_STATUS_NAMES } from './api.ts';

type Channel = (typeof DASAN_CHANNELS)[keyof typeof DASAN_CHANNELS];

export interface DasanHistoryRecord {
  status: ComplaintStatus;
  /** Epoch ms. */
  at: number;
  department: string | null;
  note: string | null;
}

export interface DasanRecord {
  no: string;
  receivedAt: number;
  channel: Channel;
  /** Category code. */
  category: string;
  /** The category's default department (Korean name). */
  categoryDepartment: string;
  gu: string;
  guCode: string;
  dong: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
  title: string;
  content: string;
  department: string;
  status: ComplaintStatus;
  dueAt: number | null;
  reporter: { name: string | null; phone: string | null; email: string | null };
  history: DasanHistoryRecord[];
  synthetic: boolean;
}

const STATUS_OF = new Map(Object.entries(DASAN_STATUS_NAMES).map(([status, ko]) => [ko, status as ComplaintStatus]));

const iso = z.iso.datetime({ offset: true, message: 'not an ISO 8601 time with offset' });
const text = z.string().trim().min(1);
const optional = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const cut = (max: number) => z.string().trim().transform((s) => (s.length > max ? `${s.slice(0, max - 1)}…` : s));
const num = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]).nullish().transform((v) => v ?? null);
const status = text.refine((s) => STATUS_OF.has(s), 'unknown status (접수, 배정, 처리중, 답변완료, 종결, 재요청)');

const HistorySchema = z.object({ status, at: iso, department: optional(120), note: optional(4000) });

const ItemSchema = z
  .looseObject({
    no: z.string().trim().regex(/^\d{4}-\d{6,10}$/, 'a complaint number such as 2026-000123'),
    receivedAt: iso,
    channel: z.enum(DASAN_CHANNEL_NAMES, `unknown channel (${DASAN_CHANNEL_NAMES.join(', ')})`),
    category: text.refine((s) => s in DASAN_CATEGORIES, 'unknown category'),
    gu: text,
    guCode: z.string().regex(/^11\d{3}$/, 'a 5-digit Seoul gu code'),
    dong: optional(40),
    address: optional(200),
    lon: num,
    lat: num,
    title: cut(200).pipe(z.string().min(1)),
    content: cut(4000),
    department: text.max(120),
    status,
    dueAt: iso.nullish(),
    reporter: z.object({ name: optional(80), phone: optional(40), email: optional(120) }).nullish(),
    history: z.array(HistorySchema).min(1),
    synthetic: z.boolean().default(false),
  })
  .superRefine((i, ctx) => {
    const issue = (path: string, message: string): void => void ctx.addIssue({ code: 'custom', path: [path], message });
    if ((i.lon === null) !== (i.lat === null)) issue('lon', 'half a position');
    const [first, ...rest] = i.history;
    if (first?.status !== '접수' || Date.parse(first.at) !== Date.parse(i.receivedAt)) issue('history', 'must start with 접수 at receivedAt');
    if (rest.some((h) => h.status === '접수')) issue('history', '접수 appears twice');
    if (i.history.some((h, k) => k > 0 && Date.parse(h.at) < Date.parse(i.history[k - 1]?.at ?? h.at))) issue('history', 'runs backwards in time');
    if (i.history.at(-1)?.status !== i.status) issue('status', 'differs from the last history step');
  });

type Item = z.infer<typeof ItemSchema>;

const toRecord = (i: Item): DasanRecord => {
  const category = DASAN_CATEGORIES[i.category] as { code: string; department: string };
  return {
    no: i.no,
    receivedAt: Date.parse(i.receivedAt),
    channel: DASAN_CHANNELS[i.channel],
    category: category.code,
    categoryDepartment: category.department,
    gu: i.gu,
    guCode: i.guCode,
    dong: i.dong,
    address: i.address,
    lon: i.lon,
    lat: i.lat,
    title: i.title,
    content: i.content,
    department: i.department,
    status: STATUS_OF.get(i.status) as ComplaintStatus,
    dueAt: i.dueAt ? Date.parse(i.dueAt) : null,
    reporter: { name: i.reporter?.name ?? null, phone: i.reporter?.phone ?? null, email: i.reporter?.email ?? null },
    history: i.history.map((h) => ({ status: STATUS_OF.get(h.status) as ComplaintStatus, at: Date.parse(h.at), department: h.department, note: h.note })),
    synthetic: i.synthetic,
  };
};

const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`)
    .join('; ');

const PageSchema = z.looseObject({ complaints: z.array(z.unknown()), hasMore: z.boolean() });

const readPage = (page: RawPage): unknown[] => {
  let body: unknown;
  try {
    body = JSON.parse(page.body.toString());
  } catch (err) {
    throw new ParseError('the body is not JSON', { cause: err });
  }
  const res = PageSchema.safeParse(body);
  if (!res.success) throw new ParseError(`not a complaint page: ${reasonOf(res.error)}`, { cause: res.error });
  return res.data.complaints;
};

/** Parses one page of the 120 feed. */
export const parseDasan120Page = (page: RawPage): ParseResult<DasanRecord> => {
  const records: DasanRecord[] = [];
  const rejects: Reject[] = [];
  for (const raw of readPage(page)) {
    const res = ItemSchema.safeParse(raw);
    if (res.success) records.push(toRecord(res.data));
    else rejects.push({ reason: `bad 120 complaint${noOf(raw)}: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};

const noOf = (raw: unknown): string => {
  const no = typeof raw === 'object' && raw !== null ? (raw as { no?: unknown }).no : undefined;
  return typeof no === 'string' ? ` ${no.slice(0, 40)}` : '';
};
