/**
 * @module http/routes/incidents-memory
 * An `IncidentPort` over incidents held in memory, with the semantics of `server/store/incidents.ts`
 * (filters, newest report first, keyset cursor, KPIs as the actors compute them): for route tests
 * and `http/testing.ts`.
 */
import type { Agency, Incident } from '../../contracts/index.ts';
import { kpiOf } from '../../actors/incident/kpi.ts';
import { INCIDENT_TARGETS } from '../../actors/incident/targets.ts';
import { decodeIncidentCursor, encodeIncidentCursor } from '../../store/incidents.ts';
import type { IncidentListQuery, IncidentPort } from './incidents.ts';

const round = (v: number, decimals: number): number => Math.round(v * 10 ** decimals) / 10 ** decimals;

const newestFirst = (a: Incident, b: Incident): number =>
  Date.parse(b.times.reported) - Date.parse(a.times.reported) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const position = (i: Incident, decimals?: Readonly<Record<Agency, number>>): [number, number] =>
  decimals === undefined ? [i.lon, i.lat] : [round(i.lon, decimals[i.agency]), round(i.lat, decimals[i.agency])];

const matches = (i: Incident, q: IncidentListQuery): boolean => {
  const reported = Date.parse(i.times.reported);
  const [lon, lat] = position(i, q.bboxDecimals);
  const c = q.cursor === undefined ? null : decodeIncidentCursor(q.cursor);
  return (q.district === undefined || i.district === q.district)
    && (q.agency === undefined || i.agency === q.agency)
    && (q.stage === undefined || (q.stage === 'open' ? i.stage !== 'resolved' : i.stage === q.stage))
    && (q.from === undefined || reported >= q.from.getTime())
    && (q.to === undefined || reported < q.to.getTime())
    && (q.bbox === undefined || (lon >= q.bbox[0] && lon <= q.bbox[2] && lat >= q.bbox[1] && lat <= q.bbox[3]))
    && (c === null || reported < c.reportedAt.getTime() || (reported === c.reportedAt.getTime() && i.id < c.id));
};

export function memoryIncidentPort(list: readonly Incident[]): IncidentPort & { asked: IncidentListQuery[] } {
  const asked: IncidentListQuery[] = [];
  return {
    asked,
    async query(q) {
      asked.push(q);
      const found = list.filter((i) => matches(i, q)).sort(newestFirst);
      const page = found.slice(0, q.limit);
      const last = page.at(-1);
      const more = found.length > q.limit && last !== undefined;
      return { incidents: page, nextCursor: more ? encodeIncidentCursor({ id: last.id, reportedAt: last.times.reported }) : null };
    },
    get: async (id) => list.find((i) => i.id === id) ?? null,
    async kpis(q) {
      const w = { from: q.from.getTime(), to: q.to.getTime() };
      const within = list.filter((i) => (q.district === undefined || i.district === q.district)
        && Date.parse(i.times.reported) >= w.from && Date.parse(i.times.reported) < w.to);
      return kpiOf(within, q.district ?? 'city', q.agency, w, INCIDENT_TARGETS);
    },
  };
}
