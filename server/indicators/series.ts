/**
 * @module indicators/series
 * The headline series of each indicator and area (all ages, both sexes), which the scores and the
 * task status read; and the values of one series as known on a date.
 */
import type { AreaCode, Observation } from '../contracts/indicator.ts';
import type { PeriodValue } from './score.ts';

export const seriesKey = (indicator: string, district: AreaCode): string => `${indicator}|${district}`;

/** The all-ages, both-sexes observations per indicator and area, each sorted by release date then revision. */
export const headlineSeries = (observations: Iterable<Observation>): Map<string, Observation[]> => {
  const out = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.age !== 'all' || o.gender !== 'all') continue;
    const key = seriesKey(o.indicator, o.district);
    const list = out.get(key);
    if (list) list.push(o);
    else out.set(key, [o]);
  }
  for (const list of out.values()) list.sort((a, b) => (a.released < b.released ? -1 : a.released > b.released ? 1 : a.revision - b.revision));
  return out;
};

/** Per period, the value of the latest revision released on or before `date`, from a sorted series. */
export const knownValues = (sorted: readonly Observation[], date: string): PeriodValue[] => {
  const held = new Map<string, Observation>();
  for (const o of sorted) {
    if (o.released > date) break;
    const h = held.get(o.period);
    if (h === undefined || o.revision >= h.revision) held.set(o.period, o);
  }
  return [...held.values()].map((o) => ({ period: o.period, value: o.value }));
};

/**
 * Walks a sorted series forward in time: `advance(date)` applies the releases up to that date and
 * tells whether anything changed since the last call. Dates must not go backwards.
 */
export const seriesCursor = (sorted: readonly Observation[]): { advance: (date: string) => boolean; values: () => PeriodValue[] } => {
  const held = new Map<string, Observation>();
  let next = 0;
  let last = '';
  return {
    advance: (date) => {
      if (date < last) throw new RangeError(`the cursor cannot go back from ${last} to ${date}`);
      last = date;
      let changed = false;
      while (next < sorted.length && (sorted[next] as Observation).released <= date) {
        const o = sorted[next++] as Observation;
        const h = held.get(o.period);
        if (h === undefined || o.revision >= h.revision) {
          held.set(o.period, o);
          changed = true;
        }
      }
      return changed;
    },
    values: () => [...held.values()].map((o) => ({ period: o.period, value: o.value })),
  };
};
