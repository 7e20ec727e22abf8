/**
 * @module scripts/simulator/opinion
 * The simulated public-opinion source systems behind one HTTP server, one path prefix each:
 *   /120         the 120 Dasan call centre's complaints — SYNTHETIC (dasan-120/)
 *   /proposals   Democracy Seoul's resident proposals and opinion polls — SYNTHETIC (proposals/)
 *   /social      a social-media stream about the city — SYNTHETIC (social/)
 *   /news        city news as an RSS 2.0 feed — SYNTHETIC (news/)
 *   /budget      budget execution by programme and month — SYNTHETIC (budget/)
 * Another system joins by one entry in OPINION_SYSTEMS (a key, its prefix, how to build its handler, and the
 * address its connector reads when that is not the prefix itself); `urls` then carries that address under the key. `urls.dasan120` is the connector's DASAN_120_BASE_URL,
 * `urls.proposals` PROPOSALS_BASE_URL, `urls.social` SOCIAL_SIM_BASE_URL, `urls.news` a feed of NEWS_FEED_URLS.
 */
import { createDasanSimulator, DASAN_PREFIX } from './dasan-120/simulator.ts';
import { listen } from './http-adapter.ts';
import { createSocialSimulator } from './social/simulator.ts';
import { SOCIAL_PREFIX } from './social/defaults.ts';
import { createProposalsSimulator, PROPOSALS_PREFIX } from './proposals/simulator.ts';
import { NEWS_FEED_PATH, NEWS_PREFIX } from './news/defaults.ts';
import { createNewsSimulator } from './news/simulator.ts';
import { BUDGET_PREFIX, createBudgetSimulator } from './budget/simulator.ts';

export const DEFAULT_OPINION_PORT = 8094;

export interface OpinionSimulatorOptions {
  /** Data time per wall time (default: each system's own; 1 for the 120 feed, 720 for the news feed). */
  speedup?: number;
  /** Each complaint's own history (default: `speedup`). */
  lifecycleSpeedup?: number;
  /** Default 8094; 0 picks a free port. */
  port?: number;
  host?: string;
  now?: () => number;
  /** One seed for all (default: each simulator's own). */
  seed?: number;
  /** Synthetic 120 complaints per data day (default 1,200). */
  complaintsPerDay?: number;
  /** Synthetic resident proposals per data day (default 12). */
  proposalsPerDay?: number;
  /** Synthetic opinion polls per week (default 2). */
  pollsPerWeek?: number;
  /** How many data days of complaints exist before the start (default 14). */
  historyDays?: number;
  /** Data time to start at, ISO 8601 (default: the wall clock). */
  startAt?: string;
}

type Handler = (req: Request) => Promise<Response>;

interface OpinionSystem {
  key: string;
  prefix: string;
  /** The path its connector is given, when not the prefix (a feed's own address). */
  entry?: string;
  create(o: OpinionSimulatorOptions): Promise<Handler>;
}

const opt = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]?: V }));

/** The common options every system understands. */
const common = (o: OpinionSimulatorOptions) => ({ ...opt('speedup', o.speedup), ...opt('now', o.now), ...opt('seed', o.seed), ...opt('startAt', o.startAt) });

export const OPINION_SYSTEMS = [
  {
    key: 'dasan120',
    prefix: DASAN_PREFIX,
    create: async (o: OpinionSimulatorOptions): Promise<Handler> =>
      (
        await createDasanSimulator({
          ...common(o),
          ...opt('lifecycleSpeedup', o.lifecycleSpeedup),
          ...opt('complaintsPerDay', o.complaintsPerDay),
          ...opt('historyDays', o.historyDays),
        })
      ).handler,
  },
  {
    key: 'proposals',
    prefix: PROPOSALS_PREFIX,
    create: async (o: OpinionSimulatorOptions): Promise<Handler> =>
      (await createProposalsSimulator({ ...common(o), ...opt('proposalsPerDay', o.proposalsPerDay), ...opt('pollsPerWeek', o.pollsPerWeek) })).handler,
  },
  {
    key: 'news',
    prefix: NEWS_PREFIX,
    entry: NEWS_FEED_PATH,
    create: async (o: OpinionSimulatorOptions): Promise<Handler> => createNewsSimulator(common(o)).handler,
  },
  {
    key: 'budget',
    prefix: BUDGET_PREFIX,
    create: async (o: OpinionSimulatorOptions): Promise<Handler> =>
      createBudgetSimulator({ ...opt('now', o.now), ...opt('seed', o.seed), ...opt('startAt', o.startAt) }).handler,
  },
  {
    key: 'social',
    prefix: SOCIAL_PREFIX,
    // posts are dated in data time; like the 120 feed it runs at the wall clock's pace unless told otherwise
    create: async (o: OpinionSimulatorOptions): Promise<Handler> =>
      createSocialSimulator({ speedup: o.speedup ?? 1, postsPerHour: 60, ...opt('now', o.now), ...opt('seed', o.seed), ...opt('startAt', o.startAt) }).handler,
  },
] as const satisfies readonly OpinionSystem[];

export type OpinionSystemKey = (typeof OPINION_SYSTEMS)[number]['key'];

export interface OpinionSimulators {
  url: string;
  urls: Record<OpinionSystemKey, string>;
  handler: Handler;
  close(): Promise<void>;
}

/** Builds every system and one handler that routes by path prefix. */
export const createOpinionHandler = async (o: OpinionSimulatorOptions = {}): Promise<Handler> => {
  const routes = await Promise.all(OPINION_SYSTEMS.map(async (s): Promise<[string, Handler]> => [s.prefix, await s.create(o)]));
  return async (req) => {
    const path = new URL(req.url).pathname;
    const route = routes.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`));
    return route ? route[1](req) : new Response('not found', { status: 404 });
  };
};

export const startOpinionSimulators = async (o: OpinionSimulatorOptions = {}): Promise<OpinionSimulators> => {
  const handler = await createOpinionHandler(o);
  const server = await listen(handler, o.port ?? DEFAULT_OPINION_PORT, o.host ?? '127.0.0.1');
  const urls = Object.fromEntries(OPINION_SYSTEMS.map((s: OpinionSystem) => [s.key, `${server.url}${s.entry ?? s.prefix}`])) as Record<OpinionSystemKey, string>;
  return { url: server.url, urls, handler, close: () => server.close() };
};
