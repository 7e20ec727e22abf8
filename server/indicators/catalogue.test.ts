import test from 'ava';
import { readFile } from 'node:fs/promises';
import { INDICATOR_AGE_BANDS, CatalogueSchema, type Indicator } from '../contracts/indicator.ts';
import { CATALOGUE_FILE, indicatorIndex, loadCatalogue, parseCatalogue } from './catalogue.ts';
import { baselineOf } from './score.ts';
import { levelAt, loadSyntheticModels } from './values/model.ts';
import { loadRealObservations } from './values/real.ts';
import { periodsOfYears } from './period.ts';

const roundTo = (x: number, d: number): number => Math.round(x * 10 ** d) / 10 ** d;
const groupBy = <T>(xs: readonly T[], key: (x: T) => string): Record<string, T[]> => {
  const out: Record<string, T[]> = {};
  for (const x of xs) (out[key(x)] ??= []).push(x);
  return out;
};

test('the catalogue file passes the contract: 62 indicators, 21 real, 35 synthetic, 6 derived', async (t) => {
  const catalogue = await loadCatalogue();
  t.is(catalogue.indicators.length, 62);
  const kinds = groupBy(catalogue.indicators, (i) => i.provenance.kind);
  t.deepEqual([kinds.real?.length, kinds.synthetic?.length, kinds.derived?.length], [21, 35, 6]);
  t.true(catalogue.indicators.filter((i) => i.provenance.kind === 'real').every((i) => i.provenance.attribution !== null));
});

test('the indicators Seoul names and those computed from the shared data are there', async (t) => {
  const ids = indicatorIndex(await loadCatalogue());
  const seoul = ['employment-rate', 'women-employment-rate', 'jobs-created', 'mini-pv-installations', 'eco-mileage-members', 'public-rental-housing-supply'];
  const fromData = ['elderly-share', 'youth-share', 'population-total', 'good-air-days', 'fire-arrival-7min', 'fires-per-10k', 'subway-ridership', 'public-bike-rentals', 'cctv-per-1k', 'crime-rate'];
  for (const id of seoul) t.not(ids.get(id)?.provenance.kind, undefined, id);
  for (const id of fromData) t.is(ids.get(id)?.provenance.kind, 'real', id);
  t.is(ids.get('complaint-sla')?.provenance.kind, 'derived');
});

test('the schema refuses a target behind its baseline, bad ids, and duplicates', async (t) => {
  const text = await readFile(CATALOGUE_FILE, 'utf8');
  const raw = JSON.parse(text) as { version: 1; indicators: Indicator[] };
  const first = raw.indicators[0] as Indicator;
  const broken = (over: Partial<Indicator>) => ({ ...raw, indicators: [{ ...first, ...over }, ...raw.indicators.slice(1)] });
  t.false(CatalogueSchema.safeParse(broken({ polarity: 'up', baseline: { period: '2022', value: 10 }, target: { value: 9, deadline: '2026' } })).success);
  t.false(CatalogueSchema.safeParse(broken({ id: 'Employment_Rate' })).success);
  t.false(CatalogueSchema.safeParse(broken({ dimensions: ['district', 'district'] })).success);
  t.false(CatalogueSchema.safeParse(broken({ release: { lagDays: 30, revisionLagDays: [20] } })).success);
  t.false(CatalogueSchema.safeParse({ ...raw, indicators: [...raw.indicators, first] }).success);
  t.throws(() => parseCatalogue('{"version":1,"indicators":[{"id":"x"}]}'));
});

test('every synthetic and derived indicator has a model that fits it, and no real one has', async (t) => {
  const catalogue = await loadCatalogue();
  const models = new Map((await loadSyntheticModels()).map((m) => [m.indicator, m]));
  const generated = catalogue.indicators.filter((i) => i.provenance.kind !== 'real');
  t.deepEqual([...models.keys()].sort(), generated.map((i) => i.id).sort());
  for (const ind of generated) {
    const m = models.get(ind.id);
    if (!m) continue;
    t.is(m.revise !== undefined, ind.release.revisionLagDays.length > 0, `${ind.id}: revisions in the catalogue and the model agree`);
    if (m.population === 'female') t.false(ind.dimensions.includes('gender'), `${ind.id}: women only, so no gender dimension`);
    for (const band of Object.keys(m.age ?? {})) t.true((ind.ageBands ?? INDICATOR_AGE_BANDS).includes(band as never), `${ind.id}: age band ${band}`);
    const ps = periodsOfYears(2022, 2022, ind.frequency);
    const level = ps.reduce((s, p) => s + levelAt(m, p), 0) / ps.length;
    t.is(ind.baseline.period, '2022');
    t.is(ind.baseline.value, roundTo(level, ind.decimals), `${ind.id}: the baseline is the model's 2022 level`);
  }
});

test('every real indicator has committed values, and its baseline is what they say', async (t) => {
  const catalogue = await loadCatalogue();
  const real = await loadRealObservations();
  const byIndicator = groupBy(real, (o) => o.indicator);
  t.deepEqual(Object.keys(byIndicator).sort(), catalogue.indicators.filter((i) => i.provenance.kind === 'real').map((i) => i.id).sort());
  for (const ind of catalogue.indicators.filter((i) => i.provenance.kind === 'real')) {
    const city = (byIndicator[ind.id] ?? []).filter((o) => o.district === 'city' && o.age === 'all' && o.gender === 'all');
    const b = baselineOf(city, ind.baseline.period);
    t.not(b, null, ind.id);
    t.is(roundTo(b ?? Number.NaN, ind.decimals), ind.baseline.value, `${ind.id}: baseline`);
  }
});
