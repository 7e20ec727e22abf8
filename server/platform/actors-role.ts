/**
 * @module platform/actors-role
 * The `actors` role: district air actors (sharded by district) and source health actors (shard 0),
 * fed by durable JetStream consumers; state changes go out live and into snapshots.
 */
import type { Logger } from 'pino';
import {
  channels,
  ConnectorRunSchema,
  DistrictAirSchema,
  EmergencyRoomBoardSchema,
  ParticipationBoardSchema,
  EventBatchSchema,
  SourceHealthSchema,
  STREAMS,
  subjects,
  type DistrictAir,
  type MediaItem,
  type SourceHealth,
} from '../contracts/index.ts';
import { batchedSave, createActorSystem, startAirActors, startComplaintActors, startErActors, startIncidentActors, startSourceActors } from '../actors/index.ts';
import { COMPLAINT_CATEGORIES } from '../complaints/categories.ts';
import { startParticipationActors, startTrendActors, trendWindowStart } from '../actors/index.ts';
import { PLACE_NAME_LIST } from '../../connectors/news-feed/index.ts';
import { wordsOfNames } from '../trends/index.ts';
import type { Consumption } from '../bus/bus.ts';
import { createSnapshotWriter } from '../live/snapshot-writer.ts';
import { applyBudgetEvents, mediaItemsSince, upsertMediaItems, complaintsToResume, getComplaint, upsertComplaints, getIncident, incidentsToResume, insertQuarantine, listDistricts, snapshotsByPrefix, upsertIncidents, upsertSnapshots } from '../store/index.ts';
import { quarantineOfMessage } from '../ingest/quarantine-of.ts';
import type { Config } from '../config.ts';
import { activeConnectors, airStations } from './catalog.ts';
import { connectorSettings } from './connectors-role.ts';
import { createLivePublisher } from './live-publisher.ts';
import type { Role } from './role.ts';
import type { Services } from './services.ts';
import { ownedDistricts } from './shards.ts';

const TICK_MS = 10_000;
/** Incidents reported this long ago or open are reloaded at start (KPIs cover 24 h). */
const RESUME_INCIDENTS_MS = 48 * 3600 * 1000;
/** Complaints filed this long ago, open, or changed since are reloaded at start (KPIs: 30 days; rising issues: 28 days and today). */
const RESUME_COMPLAINTS_MS = 30 * 24 * 3600 * 1000;
/** A station's observation older than this no longer counts for its district's index. */
const MAX_OBSERVATION_AGE_MS = 6 * 3600 * 1000;

async function seeds<T>(svc: Services, prefix: string, parse: (d: unknown) => T | null): Promise<T[]> {
  const rows = await snapshotsByPrefix(svc.db, prefix);
  return rows.flatMap((r) => {
    const v = parse(r.data);
    return v === null ? [] : [v];
  });
}

export async function startActorsRole(svc: Services, cfg: Config, log: Logger): Promise<Role> {
  const system = createActorSystem({ log: log.child({ component: 'actors' }) });
  const snapshots = createSnapshotWriter({ save: (items) => upsertSnapshots(svc.db, items), log });
  const emit = createLivePublisher(svc.bus, snapshots, Date.now);
  const all = (await listDistricts(svc.db)).map((d) => d.code);
  const owned = ownedDistricts(all, cfg.ACTOR_SHARDS, cfg.ACTOR_SHARD);
  const onInvalid = async (raw: Uint8Array, subject: string, reason: string): Promise<void> =>
    void (await insertQuarantine(svc.db, quarantineOfMessage(raw, subject, reason, new Date())));

  const air = startAirActors(system, {
    stations: airStations.map((s) => ({ code: s.code, kind: s.kind, district: s.districtCode })),
    districts: owned,
    emit,
    maxAgeMs: MAX_OBSERVATION_AGE_MS,
    publishCity: false, // derived by every API process from the district channels (see live/derived.ts)
    seed: await seeds<DistrictAir>(svc, 'air/district/', (d) => DistrictAirSchema.safeParse(d).data ?? null),
  });
  const whole = owned.length === all.length;
  const consumptions: Consumption[] = [];
  for (const filter of whole ? ['city.air.observed.*'] : owned.map((c) => subjects.cityEvent('air.observed', c))) {
    const durable = whole ? 'actors-air' : `actors-air-${filter.split('.').at(-1)}`;
    const spec = { stream: STREAMS.city.name, durable, filter, schema: EventBatchSchema, maxBatch: 64, startAtNew: true, onInvalid } as const;
    consumptions.push(
      await svc.bus.consume(spec, async (items) => {
        air.observeAll(items.flatMap((d) => d.data.events));
        for (const d of items) d.ack();
      }),
    );
  }

  const sources =
    cfg.ACTOR_SHARD === 0
      ? startSourceActors(system, {
          manifests: activeConnectors(connectorSettings(cfg)).map((c) => ({ id: c.manifest.id, staleAfterSeconds: c.manifest.staleAfterSeconds })),
          emit,
          seed: await seeds<SourceHealth>(svc, 'sources/source/', (d) => SourceHealthSchema.safeParse(d).data ?? null),
        })
      : null;
  if (sources) {
    const spec = { stream: STREAMS.ops.name, durable: 'actors-sources', filter: subjects.sourceRunAll, schema: ConnectorRunSchema, maxBatch: 100, startAtNew: true, onInvalid } as const;
    consumptions.push(
      await svc.bus.consume(spec, async (items) => {
        for (const d of items) sources.recordRun(d.data);
        for (const d of items) d.ack();
      }),
    );
  }

  // incidents: one actor per incident, hosted by shard 0 (city-wide KPIs need every gu; the volume is small)
  const incidents =
    cfg.ACTOR_SHARD === 0
      ? startIncidentActors(system, {
          // one incident's channel goes live only: the incidents table is its store
          emit: (channel, data) =>
            channel.startsWith('incidents/incident/') ? svc.bus.publishLive({ channel, data, at: new Date().toISOString() }) : emit(channel, data),
          save: batchedSave((list) => upsertIncidents(svc.db, list)),
          load: (id) => getIncident(svc.db, id),
          seed: await incidentsToResume(svc.db, { since: new Date(Date.now() - RESUME_INCIDENTS_MS) }),
          districts: all,
          log,
        })
      : null;
  if (incidents) {
    const spec = { stream: STREAMS.city.name, durable: 'actors-incidents', filter: subjects.cityDomain('incident'), schema: EventBatchSchema, maxBatch: 64, startAtNew: true, onInvalid } as const;
    consumptions.push(
      await svc.bus.consume(spec, async (items) => {
        const r = await incidents.observeAll(items.flatMap((d) => d.data.events));
        for (const d of items) if (r.persisted) d.ack();
        else d.nak(5000);
      }),
    );
  }

  // complaints: one actor per complaint, hosted by shard 0 (city-wide KPIs and rising issues need every gu)
  const complaintsSince = Date.now() - RESUME_COMPLAINTS_MS;
  const resumed = cfg.ACTOR_SHARD === 0 ? await complaintsToResume(svc.db, { since: new Date(complaintsSince) }) : [];
  // what the store knows starts at its oldest complaint in the window: rising issues are judged only
  // against days the platform has seen whole (a fresh platform builds its baseline first)
  const knownSince = resumed.reduce((min, c) => Math.min(min, Date.parse(c.requestedAt)), Date.now());
  const complaints =
    cfg.ACTOR_SHARD === 0
      ? startComplaintActors(system, {
          emit,
          save: batchedSave((list) => upsertComplaints(svc.db, list)),
          load: (id) => getComplaint(svc.db, id),
          seed: resumed,
          historySince: Math.max(complaintsSince, knownSince),
          categories: COMPLAINT_CATEGORIES,
          districts: all,
          log,
        })
      : null;
  if (complaints) {
    const spec = { stream: STREAMS.city.name, durable: 'actors-complaints', filter: subjects.cityDomain('complaint'), schema: EventBatchSchema, maxBatch: 64, startAtNew: true, onInvalid } as const;
    consumptions.push(
      await svc.bus.consume(spec, async (items) => {
        const r = await complaints.observeAll(items.flatMap((d) => d.data.events));
        for (const d of items) if (r.persisted) d.ack();
        else d.nak(5000);
      }),
    );
  }

  // media trends: one board of the city's news and social items, on shard 0
  const trends =
    cfg.ACTOR_SHARD === 0
      ? startTrendActors(system, {
          emit,
          save: batchedSave<MediaItem>((list) => upsertMediaItems(svc.db, list)),
          seed: await mediaItemsSince(svc.db, new Date(trendWindowStart(Date.now()))),
          exclude: wordsOfNames(PLACE_NAME_LIST),
          log,
        })
      : null;
  if (trends) {
    const spec = { stream: STREAMS.city.name, durable: 'actors-trends', filter: subjects.cityDomain('media'), schema: EventBatchSchema, maxBatch: 64, startAtNew: true, onInvalid } as const;
    consumptions.push(
      await svc.bus.consume(spec, async (items) => {
        const r = await trends.observeAll(items.flatMap((d) => d.data.events));
        for (const d of items) if (r.persisted) d.ack();
        else d.nak(5000);
      }),
    );
  }

  // resident proposals and polls: one board, on shard 0
  const participation =
    cfg.ACTOR_SHARD === 0
      ? startParticipationActors(system, { emit, seed: (await seeds(svc, channels.participation(), (d) => ParticipationBoardSchema.safeParse(d).data ?? null))[0] ?? null })
      : null;
  if (participation) {
    for (const domain of ['proposal', 'poll']) {
      const spec = { stream: STREAMS.city.name, durable: `actors-${domain}`, filter: subjects.cityDomain(domain), schema: EventBatchSchema, maxBatch: 64, startAtNew: true, onInvalid } as const;
      consumptions.push(
        await svc.bus.consume(spec, async (items) => {
          participation.observeAll(items.flatMap((d) => d.data.events));
          for (const d of items) d.ack();
        }),
      );
    }
  }

  // emergency-room beds: one board of every hospital's latest report, on shard 0
  const er = cfg.ACTOR_SHARD === 0
    ? startErActors(system, { emit, seed: (await seeds(svc, channels.emergencyRooms(), (d) => EmergencyRoomBoardSchema.safeParse(d).data ?? null)).flat() })
    : null;
  if (er) {
    const spec = { stream: STREAMS.city.name, durable: 'actors-er', filter: subjects.cityDomain('er'), schema: EventBatchSchema, maxBatch: 64, startAtNew: true, onInvalid } as const;
    consumptions.push(
      await svc.bus.consume(spec, async (items) => {
        er.observeAll(items.flatMap((d) => d.data.events));
        for (const d of items) d.ack();
      }),
    );
  }

  // budget execution: the figures go straight to the store (no state to keep), on shard 0
  if (cfg.ACTOR_SHARD === 0) {
    const spec = { stream: STREAMS.city.name, durable: 'actors-budget', filter: subjects.cityDomain('budget'), schema: EventBatchSchema, maxBatch: 64, onInvalid } as const;
    consumptions.push(
      await svc.bus.consume(spec, async (items) => {
        const r = await applyBudgetEvents(svc.db, items.flatMap((d) => d.data.events)).catch((err: unknown) => void log.error({ err }, 'budget figures not stored'));
        if (r?.invalid.length) log.warn({ invalid: r.invalid.slice(0, 3), count: r.invalid.length }, 'budget events left out');
        for (const d of items) if (r) d.ack();
        else d.nak(5000);
      }),
    );
  }

  const timer = setInterval(() => {
    air.tick();
    sources?.tick();
    incidents?.tick();
    complaints?.tick();
    participation?.tick();
    trends?.tick();
  }, TICK_MS);
  timer.unref();
  log.info({ districts: owned.length, shard: `${cfg.ACTOR_SHARD}/${cfg.ACTOR_SHARDS}`, sources: sources !== null, incidents: incidents !== null, complaints: complaints !== null, trends: trends !== null }, 'actors started');

  return {
    name: 'actors',
    async stop() {
      clearInterval(timer);
      for (const c of consumptions) await c.stop();
      await system.stopAll();
      await snapshots.stop();
    },
  };
}
