/**
 * @module indicators/values/cube
 * The cells of one indicator's period: the finest cells (gu × age band × sex, for the dimensions the
 * indicator has) and every margin (`city`, `all`), so that the published totals are exactly the
 * sums (counts, amounts) or the resident-weighted means (shares, rates, levels) of their parts.
 * Finest index f = (d · nA + a) · nG + g; in the full index the total of a dimension comes last.
 */
import { INDICATOR_AGE_BANDS, type Age, type AreaCode, type Gender, type Indicator } from '../../contracts/indicator.ts';

export interface CubeLayout {
  districts: readonly AreaCode[];
  ages: readonly Age[];
  genders: readonly Gender[];
  /** Whether a dimension has a total (it is one of the indicator's dimensions). */
  totals: { district: boolean; age: boolean; gender: boolean };
}

export const layoutOf = (indicator: Pick<Indicator, 'dimensions' | 'ageBands'>, districts: readonly string[]): CubeLayout => {
  const has = (d: 'district' | 'age' | 'gender'): boolean => indicator.dimensions.includes(d);
  return {
    districts: has('district') ? districts : ['city'],
    ages: has('age') ? (indicator.ageBands ?? INDICATOR_AGE_BANDS) : ['all'],
    genders: has('gender') ? ['male', 'female'] : ['all'],
    totals: { district: has('district'), age: has('age'), gender: has('gender') },
  };
};

export const finestSize = (l: CubeLayout): number => l.districts.length * l.ages.length * l.genders.length;

const extent = (l: CubeLayout): [number, number, number] => [
  l.districts.length + (l.totals.district ? 1 : 0),
  l.ages.length + (l.totals.age ? 1 : 0),
  l.genders.length + (l.totals.gender ? 1 : 0),
];

export const fullSize = (l: CubeLayout): number => extent(l).reduce((a, b) => a * b, 1);

/** The coordinates of every cell of the full index, in index order. */
export const cellsOf = (l: CubeLayout): { district: AreaCode; age: Age; gender: Gender }[] => {
  const [eD, eA, eG] = extent(l);
  const out: { district: AreaCode; age: Age; gender: Gender }[] = [];
  for (let d = 0; d < eD; d++) {
    for (let a = 0; a < eA; a++) {
      for (let g = 0; g < eG; g++) {
        out.push({
          district: l.districts[d] ?? 'city',
          age: l.ages[a] ?? 'all',
          gender: l.genders[g] ?? 'all',
        });
      }
    }
  }
  return out;
};

/**
 * Every cell of the full index from the finest values: sums when `weights` is null, else weighted
 * means (a margin with no weight is NaN).
 */
export const aggregate = (l: CubeLayout, values: ArrayLike<number>, weights: ArrayLike<number> | null): Float64Array => {
  const [eD, eA, eG] = extent(l);
  const [nD, nA, nG] = [l.districts.length, l.ages.length, l.genders.length];
  const num = new Float64Array(eD * eA * eG);
  const den = new Float64Array(eD * eA * eG);
  const ds = l.totals.district ? [0, nD] : [0];
  const as = l.totals.age ? [0, nA] : [0];
  const gs = l.totals.gender ? [0, nG] : [0];
  for (let d = 0; d < nD; d++) {
    for (let a = 0; a < nA; a++) {
      for (let g = 0; g < nG; g++) {
        const f = (d * nA + a) * nG + g;
        const w = weights === null ? 1 : (weights[f] as number);
        const v = (values[f] as number) * (weights === null ? 1 : w);
        for (const td of ds) {
          for (const ta of as) {
            for (const tg of gs) {
              const i = ((td === 0 ? d : td) * eA + (ta === 0 ? a : ta)) * eG + (tg === 0 ? g : tg);
              num[i] = (num[i] as number) + v;
              den[i] = (den[i] as number) + w;
            }
          }
        }
      }
    }
  }
  if (weights === null) return num;
  return num.map((x, i) => ((den[i] as number) > 0 ? x / (den[i] as number) : Number.NaN));
};
