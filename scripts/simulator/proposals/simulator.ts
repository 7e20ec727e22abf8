/**
 * @module scripts/simulator/proposals/simulator
 * The Democracy Seoul simulator: SYNTHETIC resident proposals and opinion polls (fixed seed) over HTTP.
 *   GET /proposals/items?since=<ISO>&until=<ISO>&status=<상태,…>&page=<n>&pageSize=<1..1000>
 *       the proposals with a change (filing, a support, a status) in [since, until], in number order, each as it
 *       stands at `until`; `status` keeps those in the named statuses at `until` (진행중, 답변대기, 답변완료, 기간만료)
 *   GET /proposals/polls?since=<ISO>&until=<ISO>
 *       the polls published in [since, until], oldest first
 * `until` defaults to now and is capped at it, `since` defaults to an hour before `until`. Invalid parameters get
 * HTTP 400 `{ error: 'invalid-parameter', message }`; other paths and methods 404.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isoKst, PROPOSAL_STATUS_NAMES, type PollPage, type ProposalPage } from '../../../connectors/proposals/api.ts';
import { PopulationReferenceSchema } from '../../../db/reference/population.ts';
import type { ProposalStatus } from '../../../server/contracts/participation.ts';
import { listen, type Listening } from '../http-adapter.ts';
import {
  DEFAULT_HISTORY_DAYS, DEFAULT_PAGE_SIZE, DEFAULT_POLLS_PER_WEEK, DEFAULT_PROPOSALS_PER_DAY, DEFAULT_PROPOSALS_SEED, DEFAULT_PROPOSALS_SPEEDUP,
  DEFAULT_WINDOW_MS, MAX_PAGE_SIZE,
} from './defaults.ts';
import { createProposalsGenerator, type GuWeight, type ProposalsGenerator } from './generator.ts';
import { pollItem, proposalItem } from './items.ts';

export const PROPOSALS_PREFIX = '/proposals';
export const POPULATION_FILE = fileURLToPath(new URL('../../../db/reference/population.json', import.meta.url));

export interface ProposalsSimulatorOptions {
  speedup?: number;
  proposalsPerDay?: number;
  pollsPerWeek?: number;
  historyDays?: number;
  /** Data time to start at (ISO 8601); default the wall clock at start. */
  startAt?: string;
  seed?: number;
  now?: () => number;
  /** Gu populations (default: db/reference/population.json, MOIS April 2025). */
  gu?: readonly GuWeight[];
}

export interface ProposalsSimulator {
  handler(req: Request): Promise<Response>;
  listen(port: number, host?: string): Promise<Listening>;
  generator: ProposalsGenerator;
}

/** The resident population of every gu. */
export const loadGuWeights = async (file = POPULATION_FILE): Promise<GuWeight[]> =>
  PopulationReferenceSchema.parse(JSON.parse(await readFile(file, 'utf8'))).districts.map((d) => ({ code: d.code, population: d.total }));

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const invalid = (message: string): Response => json({ error: 'invalid-parameter', message }, 400);

const STATUS_OF = new Map(Object.entries(PROPOSAL_STATUS_NAMES).map(([code, ko]) => [ko, code as ProposalStatus]));
const count = (max: number) => z.string().regex(/^\d{1,7}$/, 'a whole number').transform(Number).pipe(z.number().int().min(1).max(max));
const QuerySchema = z.object({
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  status: z
    .string()
    .transform((s) => s.split(',').map((x) => x.trim()))
    .refine((xs) => xs.every((x) => STATUS_OF.has(x)), `statuses are ${[...STATUS_OF.keys()].join(', ')}`)
    .transform((xs) => new Set(xs.map((x) => STATUS_OF.get(x) as ProposalStatus)))
    .optional(),
  page: count(1_000_000).default(1),
  pageSize: count(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});
type Query = z.infer<typeof QuerySchema>;

/** The query and the window asked for, `until` capped at `now`; a message for anything invalid. */
export const parseQuery = (params: URLSearchParams, now: number): (Query & { lo: number; hi: number }) | { error: string } => {
  const res = QuerySchema.safeParse(Object.fromEntries(params));
  if (!res.success) return { error: res.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  const q = res.data;
  if (q.since !== undefined && q.until !== undefined && Date.parse(q.since) > Date.parse(q.until)) return { error: 'since must not be after until' };
  const hi = Math.min(now, q.until === undefined ? now : Date.parse(q.until));
  const lo = q.since === undefined ? hi - DEFAULT_WINDOW_MS : Date.parse(q.since);
  return { ...q, lo, hi };
};

const parseStartAt = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const ms = Date.parse(s);
  if (!Number.isFinite(ms)) throw new RangeError(`startAt must be an ISO 8601 time: ${s}`);
  return ms;
};

export const createProposalsSimulator = async (o: ProposalsSimulatorOptions = {}): Promise<ProposalsSimulator> => {
  const now = o.now ?? Date.now;
  const generator = createProposalsGenerator({
    seed: o.seed ?? DEFAULT_PROPOSALS_SEED,
    perDay: o.proposalsPerDay ?? DEFAULT_PROPOSALS_PER_DAY,
    pollsPerWeek: o.pollsPerWeek ?? DEFAULT_POLLS_PER_WEEK,
    speedup: o.speedup ?? DEFAULT_PROPOSALS_SPEEDUP,
    startedAt: now(),
    dataStart: parseStartAt(o.startAt),
    historyDays: o.historyDays ?? DEFAULT_HISTORY_DAYS,
    gu: o.gu ?? (await loadGuWeights()),
  });

  const items = (params: URLSearchParams): Response => {
    const t = now();
    const q = parseQuery(params, t);
    if ('error' in q) return invalid(q.error);
    const all = (q.lo > q.hi ? [] : generator.touching(q.lo, q.hi))
      .map((p) => ({ p, s: generator.stateAt(p, q.hi) }))
      .filter(({ s }) => q.status === undefined || q.status.has(s.status));
    const served = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
    const body: ProposalPage = {
      synthetic: true,
      serverTime: isoKst(t),
      since: isoKst(q.lo),
      until: isoKst(q.hi),
      page: q.page,
      pageSize: q.pageSize,
      totalCount: all.length,
      hasMore: q.page * q.pageSize < all.length,
      items: served.map(({ p, s }) => proposalItem(p, s, s.answer === null ? 0 : generator.supportsAt(p, s.answer.at))),
    };
    return json(body);
  };

  const polls = (params: URLSearchParams): Response => {
    const t = now();
    const q = parseQuery(params, t);
    if ('error' in q) return invalid(q.error);
    const list = q.lo > q.hi ? [] : generator.pollsBetween(q.lo, q.hi);
    const body: PollPage = {
      synthetic: true,
      serverTime: isoKst(t),
      since: isoKst(q.lo),
      until: isoKst(q.hi),
      totalCount: list.length,
      polls: list.map((poll) => pollItem(poll, generator.wallOf)),
    };
    return json(body);
  };

  const routes: Readonly<Record<string, (params: URLSearchParams) => Response>> = {
    [`${PROPOSALS_PREFIX}/items`]: items,
    [`${PROPOSALS_PREFIX}/polls`]: polls,
  };

  const handler = async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    const route = routes[url.pathname.replace(/\/+$/, '')];
    if (req.method !== 'GET' || !route) return new Response('not found', { status: 404 });
    return route(url.searchParams);
  };

  return { handler, listen: (port, host = '127.0.0.1') => listen(handler, port, host), generator };
};
