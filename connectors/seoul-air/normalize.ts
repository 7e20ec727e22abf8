/**
 * @module connectors/seoul-air/normalize
 * Pure: one `air.observed` event per station row, in UTC, µg/m³ and ppm (the source's units), with a
 * quality flag per metric. An unknown station name is rejected, never guessed.
 */
import {
  AIR_METRICS,
  EVENT_KINDS,
  type AirMetric,
  type AirObservationPayload,
  type EventEnvelope,
  type QualityFlag,
} from '../../server/contracts/index.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import type { AirRecord } from './parse.ts';
import { stationByName } from './stations.ts';
import { kstDigitsToEpoch } from './time.ts';

/**
 * Upper bounds of what a Seoul station can physically report, above the worst episodes on record
 * (yellow-dust PM10 hours above 1000 µg/m³ have happened). Above → kept but flagged `suspect`.
 */
export const PHYSICAL_MAX: Readonly<Record<AirMetric, number>> = { pm10: 3000, pm25: 1500, o3: 1, no2: 2, co: 50, so2: 2 };

interface Assessed {
  values: Record<AirMetric, number | null>;
  quality: Record<AirMetric, QualityFlag>;
}

export const assessValues = (rec: Pick<AirRecord, 'values' | 'unreadable'>): Assessed => {
  const values = {} as Record<AirMetric, number | null>;
  const quality = {} as Record<AirMetric, QualityFlag>;
  for (const m of AIR_METRICS) {
    const v = rec.values[m];
    if (rec.unreadable.includes(m)) [values[m], quality[m]] = [null, 'suspect'];
    else if (v === null) [values[m], quality[m]] = [null, 'missing'];
    else if (v < 0) [values[m], quality[m]] = [null, 'suspect'];
    else [values[m], quality[m]] = [v, v > PHYSICAL_MAX[m] ? 'suspect' : 'ok'];
  }
  return { values, quality };
};

export const normalizeSeoulAir = (rec: AirRecord, ctx: NormalizeContext): EventEnvelope[] => {
  const station = stationByName(rec.station);
  if (!station) throw new RecordRejectedError(`unknown station name "${rec.station}"`);
  const epoch = kstDigitsToEpoch(rec.measuredAt);
  if (epoch === null) throw new RecordRejectedError(`unreadable time "${rec.measuredAt}" for station ${rec.station}`);
  const observedAt = new Date(epoch).toISOString();
  const { values, quality } = assessValues(rec);
  const payload: AirObservationPayload = { station: station.code, period: rec.period, values, quality };
  const suffix = rec.period === '24h' ? ':24h' : '';
  return [
    {
      v: 1,
      id: `${ctx.source}:${station.code}:${observedAt}${suffix}`,
      source: ctx.source,
      kind: EVENT_KINDS.airObserved,
      observedAt,
      entity: `station:${station.code}`,
      district: station.district,
      payload,
    },
  ];
};
