/**
 * @module http/testing
 * An API on in-memory ports for route tests: `createApp(testDeps())`, no server, no services.
 */
import { pino } from 'pino';
import { createLiveHub } from '../live/hub.ts';
import { createMemoryLayoutStore } from '../layouts/memory.ts';
import { memoryPairingStore } from '../walls/pairings.ts';
import { memoryIncidentPort } from './routes/incidents-memory.ts';
import { TEST_PLAY, testCameraPort } from '../cameras/testing.ts';
import { createMemoryOpen311Port } from '../open311/memory.ts';
import { SAMPLE_CATEGORIES, SAMPLE_COMPLAINTS } from '../open311/samples.ts';
import { publicComplaint } from '../privacy/index.ts';
import { memoryComplaintPort } from './routes/complaints-memory.ts';
import { memoryTrendsPort } from './routes/trends-port.ts';
import { memoryBudgetPort } from './routes/budget-memory.ts';
import { readFileSync } from 'node:fs';
import { CATALOGUE_FILE, parseCatalogue, parsePlan, PLAN_FILE } from '../indicators/index.ts';
import { memoryIndicatorPort } from './routes/indicators-memory.ts';

const CATALOGUE = parseCatalogue(readFileSync(CATALOGUE_FILE, 'utf8'));
const PLAN = parsePlan(readFileSync(PLAN_FILE, 'utf8'), CATALOGUE);
import type { Principal, UserPrincipal } from '../contracts/access.ts';
import { memoryAuditLog } from '../audit/memory-log.ts';
import type { SessionStore } from '../auth/sessions.ts';
import { createMemoryLoginThrottle } from '../auth/throttle.ts';
import { createMemoryUserStore } from '../auth/memory-users.ts';
import { createMemoryKeyStore } from '../keys/memory.ts';
import { createMemoryRateLimiter } from '../keys/rate-limit.ts';
import type { AccessDeps, ApiDeps, HistoryQuery } from './deps.ts';
import { createCallService, type CallService } from '../calls/service.ts';
import { createMemoryRecordStore } from '../bus/memory-records.ts';
import { createMemorySignals } from '../bus/memory-signals.ts';

export const TEST_NOW = Date.parse('2026-11-27T05:20:00Z');

/** A signed-in person for tests, by role. */
export const testUser = (role: UserPrincipal['role'], login: string = role): UserPrincipal => ({
  kind: 'user',
  id: `u-${login}`,
  login,
  role,
  districts: role === 'district-head' ? ['11680'] : [],
  departments: role === 'official' ? ['air-policy'] : [],
  sessionId: `s-${login}`,
});

const unavailable = (what: string) => async (): Promise<never> => {
  throw new Error(`${what} is not available in these tests`);
};

/**
 * Sessions known by token (send `cookie: scpm_session=<token>`), people, keys and
 * the audit log in memory.
 */
export function testAccess(sessions: Record<string, UserPrincipal> = {}): AccessDeps & { audit: ReturnType<typeof memoryAuditLog> } {
  const sessionStore: SessionStore = {
    create: unavailable('creating sessions'),
    resolve: async (token) => sessions[token] ?? null,
    revoke: async () => false,
    revokeAllOf: async () => 0,
    purge: async () => 0,
  };
  return {
    users: createMemoryUserStore(() => TEST_NOW),
    sessions: sessionStore,
    throttle: createMemoryLoginThrottle({ now: () => TEST_NOW }),
    keys: createMemoryKeyStore(() => TEST_NOW),
    rateLimiter: createMemoryRateLimiter(() => TEST_NOW),
    audit: memoryAuditLog(() => TEST_NOW),
    trustedProxies: 0,
  };
}

/** Headers of a signed-in request from the platform's own page. */
export const signedIn = (token: string): Record<string, string> => ({ cookie: `scpm_session=${token}`, origin: 'http://localhost' });

export type { Principal };

/** Calls on the given ports, with the call store and signals in memory; not started (no sweeps, no inboxes). */
export function testCallService(d: Pick<ApiDeps, 'hub' | 'access' | 'incidents' | 'log' | 'now'>): CallService {
  return createCallService({
    hub: d.hub,
    records: createMemoryRecordStore(),
    signals: createMemorySignals(),
    users: d.access.users,
    incidents: d.incidents,
    audit: d.access.audit,
    log: d.log,
    now: d.now,
  });
}

/** Ports answering from fixed data; `queries` collects the history queries asked. */
export function testDeps(over: Partial<ApiDeps> = {}): { deps: ApiDeps; queries: HistoryQuery[] } {
  const hub = createLiveHub();
  const queries: HistoryQuery[] = [];
  const base: Omit<ApiDeps, 'calls'> & { calls?: CallService } = {
    log: pino({ level: 'silent' }),
    access: testAccess({ admin: testUser('administrator', 'admin'), mayor: testUser('mayor'), official: testUser('official') }),
    version: '0.1.0',
    now: () => TEST_NOW,
    hub,
    modes: { database: 'postgresql', storage: 'postgres', bus: 'nats', scheduler: 'bullmq', embedded: [], roles: ['api'] },
    checks: async () => ({ database: true, bus: true }),
    sources: async () => [
      { id: 'seoul-air', title: { ko: '대기', en: 'Air' }, department: { ko: '부서', en: 'Dept' }, protocol: 'http-json', cadence: 'every 60s', staleAfterSeconds: 7200, synthetic: false, attribution: 'Seoul', quarantined: 2 },
    ],
    runs: async (source, limit) =>
      Array.from({ length: Math.min(limit, 3) }, (_, i) => ({
        runId: `r${i}`,
        source,
        startedAt: '2026-11-27T05:00:00.000Z',
        endedAt: '2026-11-27T05:00:01.000Z',
        outcome: 'ok' as const,
        fetched: 51,
        parsed: 51,
        emitted: 51,
        dropped: 0,
        newestObservedAt: '2026-11-27T05:00:00.000Z',
        error: null,
      })),
    districts: async () => [{ code: '11680', nameKo: '강남구', nameEn: 'Gangnam-gu', centroid: [127.06, 37.5], geometry: { type: 'Polygon', coordinates: [] } }],
    stations: async () => [{ code: '111261', nameKo: '강남구', nameEn: 'Gangnam-gu', kind: 'urban', district: '11680', lon: 127.05, lat: 37.51 }],
    airHistory: async (q) => {
      queries.push(q);
      return {
        servedFrom: 'rollup',
        rows: [
          { bucket: new Date('2026-11-27T01:00:00Z'), metric: 'pm10', avg: 30, min: 20, max: 40, n: 2 },
          { bucket: new Date('2026-11-27T00:00:00Z'), metric: 'pm10', avg: 10, min: 10, max: 10, n: 1 },
        ],
      };
    },
    layouts: createMemoryLayoutStore(() => TEST_NOW),
    pairings: memoryPairingStore(),
    incidents: memoryIncidentPort([]),
    cameras: testCameraPort(),
    play: TEST_PLAY,
    trends: memoryTrendsPort([]),
    budget: memoryBudgetPort([]),
    indicators: memoryIndicatorPort([]),
    indicatorCatalogue: CATALOGUE,
    plan: PLAN,
    complaints: memoryComplaintPort(SAMPLE_COMPLAINTS, SAMPLE_CATEGORIES),
    open311: { port: createMemoryOpen311Port({ now: () => TEST_NOW }), publicView: publicComplaint },
    ...over,
  };
  const deps: ApiDeps = { ...base, calls: base.calls ?? testCallService(base) };
  return { deps, queries };
}
