import test from 'ava';
import { ObservationSchema } from '../../contracts/indicator.ts';
import { observationKey } from '../known.ts';
import { periodsOfYears } from '../period.ts';
import { buildObservations, districtsAt, loadBuildInputs, streamObservations } from './build.ts';

const inputs = loadBuildInputs();

interface Pass {
  count: number;
  real: number;
  indicators: Set<string>;
  keys: Set<string>;
  mislabelled: number;
  /** First releases of the city's headline values, per indicator and period. */
  city: Map<string, Map<string, number>>;
}

/** One pass over the full stream, keeping only what the tests look at. */
let held: Pass | null = null;
const fullPass = async (): Promise<Pass> => {
  if (held) return held;
  const i = await inputs;
  const kinds = new Map(i.catalogue.indicators.map((x) => [x.id, x.provenance.kind]));
  const p: Pass = { count: 0, real: 0, indicators: new Set(), keys: new Set(), mislabelled: 0, city: new Map() };
  for (const o of streamObservations(i, { seed: 20250501 })) {
    if (p.count % 97 === 0) ObservationSchema.parse(o);
    p.count++;
    if (!o.synthetic) p.real++;
    if (o.synthetic === (kinds.get(o.indicator) === 'real')) p.mislabelled++;
    p.indicators.add(o.indicator);
    p.keys.add(`${observationKey(o)}#${o.revision}`);
    if (o.district === 'city' && o.age === 'all' && o.gender === 'all' && o.revision === 0) {
      const series = p.city.get(o.indicator) ?? new Map<string, number>();
      series.set(o.period, o.value);
      p.city.set(o.indicator, series);
    }
  }
  return (held = p);
};

const cityAnnualMean = (p: Pass, indicator: string, year: number, frequency: 'monthly' | 'quarterly' | 'annual'): number => {
  const values = periodsOfYears(year, year, frequency).map((period) => p.city.get(indicator)?.get(period) ?? Number.NaN);
  return values.reduce((s, v) => s + v, 0) / values.length;
};

test('everything: real and generated, valid, one value per cell and revision, all 62 indicators', async (t) => {
  const i = await inputs;
  const p = await fullPass();
  t.true(p.count > 300_000);
  t.is(p.indicators.size, 62);
  t.is(p.real, i.real.length);
  t.is(p.keys.size, p.count);
  t.is(p.mislabelled, 0);
});

test('levels are plausible: employment 60–63 %, women’s 52–54 %', async (t) => {
  const p = await fullPass();
  for (let year = 2016; year <= 2025; year++) {
    const all = cityAnnualMean(p, 'employment-rate', year, 'quarterly');
    const women = cityAnnualMean(p, 'women-employment-rate', year, 'quarterly');
    t.true(all > 58.5 && all < 63.5, `${year}: ${all}`);
    t.true(women > 50.5 && women < 55, `${year}: ${women}`);
  }
});

test('the generated city levels of 2022 match the catalogue baselines', async (t) => {
  const i = await inputs;
  const p = await fullPass();
  const models = new Map(i.models.map((m) => [m.indicator, m]));
  for (const ind of i.catalogue.indicators.filter((x) => x.provenance.kind !== 'real')) {
    const got = cityAnnualMean(p, ind.id, 2022, ind.frequency);
    const tolerance = 0.02 + 0.3 * (models.get(ind.id)?.noise ?? 0);
    t.true(Math.abs(got - ind.baseline.value) <= tolerance * Math.abs(ind.baseline.value), `${ind.id}: ${got} against ${ind.baseline.value}`);
  }
});

test('the stream and the array agree; through and scale narrow both kinds', async (t) => {
  const i = await inputs;
  const options = { seed: 3, through: '2021-06-30', scale: 0.1, indicators: ['employment-rate', 'pm25-mean', 'eco-mileage-members'] };
  const array = await buildObservations({ ...options, inputs: i });
  t.deepEqual([...streamObservations(i, options)], array);
  t.true(array.every((o) => o.released <= '2021-06-30'));
  t.deepEqual([...new Set(array.map((o) => o.district))].sort(), ['11110', '11140', '11170', 'city']);
  t.deepEqual([...new Set(array.map((o) => o.indicator))].sort(), options.indicators.slice().sort());
  t.true(array.some((o) => !o.synthetic) && array.some((o) => o.synthetic));
});

test('scale and years are checked', async (t) => {
  const i = await inputs;
  t.is(districtsAt(i.population, 0.01).length, 1);
  t.is(districtsAt(i.population).length, 25);
  t.throws(() => districtsAt(i.population, 0), { instanceOf: RangeError });
  t.throws(() => districtsAt(i.population, 1.5), { instanceOf: RangeError });
  t.throws(() => [...streamObservations(i, { seed: 1, from: 2025, to: 2016 })], { instanceOf: RangeError });
  t.throws(() => [...streamObservations({ ...i, models: [] }, { seed: 1 })], { instanceOf: RangeError, message: /no synthetic model/ });
});
