/**
 * @module platform/api-role
 * The `api` role: the HTTP API and /live. Stateless: its live hub is preloaded from the snapshot
 * table and kept current from the bus, so any number of replicas serve the same values.
 */
import type { Logger } from 'pino';
import {
  airHistory,
  deleteLayout,
  getLayout,
  listDistricts,
  listLayouts,
  listSources,
  listStations,
  putLayout,
  quarantineCounts,
  recentRuns,
  snapshotsByPrefix,
  stationsByDistrict,
  type LayoutRow,
} from '../store/index.ts';
import { channels, type StoredLayout } from '../contracts/index.ts';
import { getIncident, incidentKpisFromStore, queryIncidents } from '../store/index.ts';
import { INCIDENT_TARGETS } from '../actors/index.ts';
import type { IncidentPort } from '../http/routes/incidents.ts';
import { createStoreCameraPort } from '../cameras/store-port.ts';
import { COMPLAINT_CATEGORIES } from '../complaints/categories.ts';
import { derivePublicComplaints } from '../live/public-complaints.ts';
import { publicComplaint } from '../privacy/index.ts';
import { getComplaint, queryComplaints } from '../store/index.ts';
import { createStoreOpen311Port } from './open311-port.ts';
import { createTrendsPort } from '../http/routes/trends-port.ts';
import { dbIndicatorPort } from '../store/indicators-port.ts';
import { executionByDepartment, executionByProgram, executionOfMonth } from '../store/index.ts';
import { loadCatalogue, loadPlan } from '../indicators/index.ts';
import { TrendBoardSchema } from '../contracts/index.ts';
import { countMediaItems, itemsByTerm, mediaItemsSince } from '../store/index.ts';
import { wordsOfNames } from '../trends/index.ts';
import { PLACE_NAME_LIST } from '../../connectors/news-feed/index.ts';
import type { LayoutPort } from '../layouts/port.ts';
import { storePairingStore } from '../walls/pairings-store.ts';
import { createApp } from '../http/app.ts';
import type { ApiDeps, DistrictInfo, Modes } from '../http/deps.ts';
import { startHttpServer } from '../http/server.ts';
import { deriveCityAir } from '../live/derived.ts';
import { derivePublicIncidents } from '../live/public-incidents.ts';
import { createLiveHub, type LiveHub } from '../live/hub.ts';
import { usesRollup } from '../store/air-history.ts';
import type { Config } from '../config.ts';
import type { Role } from './role.ts';
import type { Services } from './services.ts';
import { createAccessDeps } from './access-deps.ts';
import { createCallService } from '../calls/service.ts';
import { receivedLive } from '../walls/feed.ts';

export interface ApiRole extends Role {
  url: string;
  hub: LiveHub;
}

const REFERENCE_TTL_MS = 60_000;

/** Reference data changes rarely: one query a minute at most. */
function cached<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  let loadedAt = 0;
  return () => {
    if (!value || Date.now() - loadedAt > REFERENCE_TTL_MS) {
      loadedAt = Date.now();
      value = load().catch((err: unknown) => {
        value = null;
        throw err;
      });
    }
    return value;
  };
}

function storeDeps(svc: Services): Pick<ApiDeps, 'sources' | 'runs' | 'districts' | 'stations' | 'airHistory' | 'checks'> {
  const districts = cached(async (): Promise<DistrictInfo[]> =>
    (await listDistricts(svc.db)).map((d) => ({ code: d.code, nameKo: d.nameKo, nameEn: d.nameEn, centroid: [d.centroidLon, d.centroidLat], geometry: d.geometry })),
  );
  return {
    districts,
    sources: async () => {
      const [rows, counts] = await Promise.all([listSources(svc.db), quarantineCounts(svc.db)]);
      const quarantined = new Map(counts.map((c) => [c.source, c.count]));
      return rows.map((s) => ({
        id: s.id,
        title: { ko: s.titleKo, en: s.titleEn },
        department: { ko: s.departmentKo, en: s.departmentEn },
        protocol: s.protocol,
        cadence: s.cadence,
        staleAfterSeconds: s.staleAfterS,
        synthetic: s.synthetic,
        attribution: s.attribution,
        quarantined: quarantined.get(s.id) ?? 0,
      }));
    },
    runs: (source, limit) => recentRuns(svc.db, source, limit),
    stations: async (district) =>
      (district === undefined ? await listStations(svc.db) : await stationsByDistrict(svc.db, district)).map((s) => ({
        code: s.code,
        nameKo: s.nameKo,
        nameEn: s.nameEn,
        kind: s.kind,
        district: s.districtCode,
        lon: s.lon,
        lat: s.lat,
      })),
    airHistory: async (q) => {
      const rows = await airHistory(svc.db, q);
      return { servedFrom: usesRollup(q) ? 'rollup' : 'raw', rows: rows.map((r) => ({ ...r, bucket: new Date(r.bucket) })) };
    },
    checks: async () => ({
      database: await svc.db.query('select 1').then(
        () => true,
        () => false,
      ),
      bus: svc.bus.connected(),
    }),
  };
}

const toStored = (r: LayoutRow): StoredLayout => ({ ...r, builtIn: false, updatedAt: r.updatedAt.toISOString() });

function layoutPort(svc: Services): LayoutPort {
  return {
    get: async (scope, owner) => {
      const row = await getLayout(svc.db, scope, owner);
      return row ? toStored(row) : null;
    },
    list: async () => (await listLayouts(svc.db)).map(toStored),
    put: async (scope, owner, layout, expected) => {
      const r = await putLayout(svc.db, scope, owner, layout, expected);
      return r.ok ? { ok: true, value: toStored(r.value) } : r;
    },
    remove: (scope, owner, expected) => deleteLayout(svc.db, scope, owner, expected),
  };
}

function incidentPort(svc: Services): IncidentPort {
  return {
    query: (q) => queryIncidents(svc.db, q),
    get: (id) => getIncident(svc.db, id),
    kpis: (q) => incidentKpisFromStore(svc.db, { ...q, targetS: INCIDENT_TARGETS[q.agency].travelS, goalShare: INCIDENT_TARGETS[q.agency].goalShare }),
  };
}

/** Stored layouts are live values too: a wall subscribing to its layout's channel gets it first. */
async function preloadLayouts(layouts: LayoutPort, hub: LiveHub): Promise<void> {
  for (const l of await layouts.list()) hub.set(channels.layout(l.scope, l.owner), l, l.updatedAt ?? new Date(0).toISOString());
}

export async function startApiRole(svc: Services, cfg: Config, log: Logger, modes: Modes, version: string): Promise<ApiRole> {
  const hub = createLiveHub();
  const unsubscribe = svc.bus.subscribeLive((m) => hub.set(m.channel, receivedLive(m.channel, hub.get(m.channel)?.data, m.data), m.at));
  for (const s of await snapshotsByPrefix(svc.db, '')) hub.set(s.channel, s.data, s.at.toISOString());
  const stopDerived = deriveCityAir(hub);
  const stopPublicIncidents = derivePublicIncidents(hub);
  const stopPublicComplaints = derivePublicComplaints(hub);
  const layouts = layoutPort(svc);
  const catalogue = await loadCatalogue();
  await preloadLayouts(layouts, hub);
  const publishLive = (channel: string, data: unknown, at: string): void => svc.bus.publishLive({ channel, data, at });
  const { access, close: closeAccess } = createAccessDeps(svc, cfg, log);
  const incidents = incidentPort(svc);
  // Calls: each call's record in the bus's CALLS stream (compare-and-set), signals through the bus.
  const calls = createCallService({ hub, publishLive, records: svc.bus.callRecords, signals: svc.bus, users: access.users, incidents, audit: access.audit, log: log.child({ component: 'calls' }), now: Date.now });
  calls.start();
  const app = createApp({ log: log.child({ component: 'http' }), access, wallDir: cfg.WALL_DIR, version, now: Date.now, hub, modes, layouts, pairings: storePairingStore(svc.db), incidents, calls, cameras: createStoreCameraPort(svc.db), play: { base: cfg.MEDIA_PUBLIC_URL, secret: cfg.MEDIA_SECRET, ttlS: cfg.PLAY_TTL_S },
    indicators: dbIndicatorPort(svc.db),
    budget: { departments: (q) => executionByDepartment(svc.db, q), programs: (q) => executionOfMonth(svc.db, q), curves: (q) => executionByProgram(svc.db, q) },
    indicatorCatalogue: catalogue,
    plan: await loadPlan(catalogue),
    trends: createTrendsPort(
      { itemsBetween: (from, to) => mediaItemsSince(svc.db, from, { until: to }), itemsByTerm: (q) => itemsByTerm(svc.db, q), countItems: (q) => countMediaItems(svc.db, q) },
      { live: () => TrendBoardSchema.safeParse(hub.get(channels.trends())?.data).data ?? null, exclude: wordsOfNames(PLACE_NAME_LIST) },
    ),
    complaints: { query: (q) => queryComplaints(svc.db, q), get: (id) => getComplaint(svc.db, id), categories: () => COMPLAINT_CATEGORIES },
    open311: { port: createStoreOpen311Port(svc.db, svc.bus), publicView: publicComplaint, jurisdictionId: cfg.OPEN311_JURISDICTION },
    publishLive, ...storeDeps(svc) });
  const server = await startHttpServer(app, { port: cfg.PORT, host: cfg.HOST });
  log.info({ url: server.url }, 'API listening');
  return {
    name: 'api',
    url: server.url,
    hub,
    async stop() {
      await server.close();
      calls.stop();
      unsubscribe();
      stopDerived();
      stopPublicIncidents();
      stopPublicComplaints();
      await closeAccess();
    },
  };
}
