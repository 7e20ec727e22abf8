/**
 * @module platform/catalog
 * What the server knows of its connectors: their manifests as source rows, and the stations they
 * measure at. The one place where server start-up reads the connector registry.
 */
import { connectors, REQUIRED_SETTING } from '../../connectors/registry.ts';
import { STATIONS } from '../../connectors/seoul-air/index.ts';
import type { AnyConnector } from '../../connectors/_kit/define-connector.ts';
import type { Schedule } from '../../connectors/_kit/manifest.ts';
import type { SourceManifest, Station } from '../store/index.ts';

export { connectors };

/** The connectors this deployment runs: every one, but those that read only where a setting says and lack it. */
export const activeConnectors = (settings: Readonly<Record<string, string | undefined>>): readonly AnyConnector[] =>
  connectors.filter((c) => {
    const needs = REQUIRED_SETTING[c.manifest.id];
    return needs === undefined || (settings[needs] ?? '').trim() !== '';
  });

export const describeSchedule = (s: Schedule): string =>
  'every' in s ? `every ${s.every / 1000} s` : `cron ${s.pattern} (${s.tz})`;

/** Source rows of the connectors; `everyMs` is the poll interval that replaces their schedules, if any. */
export function sourceManifests(list: readonly AnyConnector[] = connectors, everyMs?: number): SourceManifest[] {
  return list.map(({ manifest: m }) => ({
    id: m.id,
    title: m.title,
    department: m.department,
    protocol: m.protocol,
    cadence: describeSchedule(everyMs === undefined ? m.schedule : { every: everyMs }),
    staleAfterS: m.staleAfterSeconds,
    synthetic: m.synthetic,
    attribution: m.attribution,
  }));
}

export const airStations: readonly Station[] = STATIONS.map((s) => ({
  code: s.code,
  nameKo: s.name,
  nameEn: s.nameEn,
  kind: s.kind,
  districtCode: s.district,
  lon: s.lon,
  lat: s.lat,
  sourceId: 'seoul-air',
  note: s.derivedCode ? 'code derived by SCPM (no AirKorea code on record); position approximate' : 'position approximate',
}));
