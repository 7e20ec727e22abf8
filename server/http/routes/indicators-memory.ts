/**
 * @module http/routes/indicators-memory
 * An IndicatorPort over observations in memory (tests, demos): the same answers as the database
 * port, computed with the pure vintage functions (the rollups: indicators-memory-rollups.ts).
 */
import type { KnownObservation, Observation } from '../../contracts/indicator.ts';
import { asKnownOn, knownOn } from '../../indicators/known.ts';
import { periodStart } from '../../indicators/period.ts';
import type { SeriesQuery } from '../../store/indicators.ts';
import type { IndicatorPort } from './indicators.ts';
import { inRollupLine, latestRollups } from './indicators-memory-rollups.ts';

const LATEST = '9999-12-31';
const order = (a: Observation, b: Observation): number => {
  const ka = `${periodStart(a.period)}|${a.district}|${a.age}|${a.gender}`;
  const kb = `${periodStart(b.period)}|${b.district}|${b.age}|${b.gender}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};


export const memoryIndicatorPort = (observations: readonly Observation[]): IndicatorPort & { asked: unknown[] } => {
  const byIndicator = new Map<string, Observation[]>();
  for (const o of observations) byIndicator.set(o.indicator, [...(byIndicator.get(o.indicator) ?? []), o]);
  const of = (id: string): Observation[] => byIndicator.get(id) ?? [];
  const asked: unknown[] = [];
  return {
    asked,
    series: async (q: SeriesQuery): Promise<KnownObservation[]> => {
      asked.push({ series: q });
      const cell = of(q.indicator).filter((o) => o.district === (q.district ?? 'city') && o.age === (q.age ?? 'all') && o.gender === (q.gender ?? 'all'));
      return knownOn(cell, q.asOf ?? LATEST).sort(order);
    },
    drilldown: async (q) => {
      asked.push({ drilldown: q });
      return knownOn(of(q.indicator).filter((o) => o.period === q.period && inRollupLine(q.by)(o)), q.asOf ?? LATEST).sort(order);
    },
    cube: async (q) => {
      const known = asKnownOn(of(q.indicator).filter((o) => q.period === undefined || o.period === q.period), q.asOf);
      const small = new Set(known.filter((o) => o.value > 0 && o.value < q.smallBelow).map((o) => o.period));
      return known.filter((o) => small.has(o.period)).sort(order);
    },
    headline: async (asOf) => observations.filter((o) => o.age === 'all' && o.gender === 'all' && o.released <= asOf),
    rollups: async (q) => {
      asked.push({ rollups: q });
      return latestRollups(q.indicators === undefined ? observations : q.indicators.flatMap(of), q);
    },
  };
};
