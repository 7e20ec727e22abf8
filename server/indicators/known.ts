/**
 * @module indicators/known
 * Vintages: what was known on a date. Every value is kept with its release date and revision, so a
 * dashboard "as known on D" shows, per cell, the latest revision released on or before D, and marks
 * the values a revision changed with the value they replaced.
 */
import type { KnownObservation, Observation } from '../contracts/indicator.ts';

/** The cell a value belongs to: indicator, period, gu, age band, gender (not the revision). */
export const observationKey = (o: Pick<Observation, 'indicator' | 'period' | 'district' | 'age' | 'gender'>): string =>
  `${o.indicator}|${o.period}|${o.district}|${o.age}|${o.gender}`;

/** The later of two revisions of one cell (by revision, then by release date). */
const later = (a: Observation, b: Observation): Observation =>
  b.revision > a.revision || (b.revision === a.revision && b.released > a.released) ? b : a;

/**
 * Per cell, the latest revision released on or before `date` (`YYYY-MM-DD`); cells with nothing
 * released by then are absent. Order of the result: first appearance of each cell in the input.
 */
export const asKnownOn = (observations: Iterable<Observation>, date: string): Observation[] => {
  const held = new Map<string, Observation>();
  for (const o of observations) {
    if (o.released > date) continue;
    const key = observationKey(o);
    const h = held.get(key);
    held.set(key, h === undefined ? o : later(h, o));
  }
  return [...held.values()];
};

/**
 * The value `current` replaced: the value of the latest earlier revision of the same cell in
 * `history`, when it differs from the current value; null when there is no earlier revision or the
 * revision kept the value.
 */
export const revisedFrom = (history: Iterable<Observation>, current: Observation): number | null => {
  const key = observationKey(current);
  let previous: Observation | null = null;
  for (const o of history) {
    if (o.revision >= current.revision || observationKey(o) !== key) continue;
    if (previous === null || later(previous, o) === o) previous = o;
  }
  return previous !== null && previous.value !== current.value ? previous.value : null;
};

/** `asKnownOn` with each value's `revisedFrom` (among the revisions released by that date). */
export const knownOn = (observations: Iterable<Observation>, date: string): KnownObservation[] => {
  const latest = new Map<string, Observation>();
  const previous = new Map<string, Observation>();
  for (const o of observations) {
    if (o.released > date) continue;
    const key = observationKey(o);
    const h = latest.get(key);
    if (h === undefined) {
      latest.set(key, o);
      continue;
    }
    const [newer, older] = later(h, o) === o ? [o, h] : [h, o];
    latest.set(key, newer);
    const p = previous.get(key);
    previous.set(key, p === undefined ? older : later(p, older));
  }
  return [...latest.entries()].map(([key, o]) => {
    const p = previous.get(key);
    return { ...o, revisedFrom: p !== undefined && p.value !== o.value ? p.value : null };
  });
};
