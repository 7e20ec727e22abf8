import test from 'ava';
import type { Observation } from '../../contracts/indicator.ts';
import { IndicatorRollupsSchema, type IndicatorRollupRow, type IndicatorRollups } from '../../contracts/indicator-rollups.ts';
import { asKnownOn } from '../../indicators/known.ts';
import { createApp } from '../app.ts';
import { signedIn, testDeps } from '../testing.ts';
import { memoryIndicatorPort } from './indicators-memory.ts';
import { AS_STAFF, indicatorTestApp } from './indicators-testing.ts';

const staff = AS_STAFF;
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const setup = async () => {
  const { app, port, catalogue, obs } = await indicatorTestApp();
  const get = async (url: string, init?: RequestInit): Promise<IndicatorRollups> => {
    const r = await app.request(url, init);
    if (r.status !== 200) throw new Error(`${url}: ${r.status} ${await r.text()}`);
    return IndicatorRollupsSchema.parse(await r.json());
  };
  return { app, get, port, catalogue, obs };
};

test('`rollups` is the route, not an indicator id; counts for staff only, listed as withheld for the others', async (t) => {
  const { app, get, port, catalogue } = await setup();
  const counts = catalogue.indicators.filter((i) => i.measure === 'count').map((i) => i.id).sort();
  const pub = await get('/api/v1/indicators/rollups?grain=year');
  t.like(pub, { grain: 'year', by: null, from: 2016, to: 2025 }, 'the last ten whole years by default');
  t.deepEqual(pub.withheld.map((w) => w.indicator), counts);
  t.true(pub.withheld.every((w) => /^counts are published with small-cell suppression: read \/api\/v1\/indicators\/[a-z0-9-]+\/series/.test(w.reason)));
  t.false(pub.rows.some((r) => counts.includes(r.indicator)));
  t.like(port.asked.at(-1), { rollups: { grain: 'year', from: 2016, to: 2025 } });
  t.false((port.asked.at(-1) as { rollups: { indicators: string[] } }).rollups.indicators.some((id) => counts.includes(id)), 'counts are not even read');
  const exact = await get('/api/v1/indicators/rollups?grain=year', staff);
  t.deepEqual(exact.withheld, []);
  t.deepEqual([...new Set(exact.rows.map((r) => r.indicator))], catalogue.indicators.map((i) => i.id).sort(), 'every indicator has rows in the ten years, in byte order');
  t.deepEqual(exact.rows.filter((r) => !counts.includes(r.indicator)), pub.rows, 'the other indicators are the same for everyone');
  t.true(exact.rows.every((r) => r.district === 'city' && r.age === 'all' && r.gender === 'all'), 'the headline total');
  t.is((await app.request('/api/v1/indicators/employment-rate')).status, 200, 'an indicator id still reads the indicator');
});

test('a year of a count is the sum of its months, of a rate or share their mean; both from the latest revisions', async (t) => {
  const { get, obs } = await setup();
  // a monthly count, a quarterly share (a quarter counts in the month it starts), an annual rate
  const periods: Record<string, number> = { 'jobs-created': 12, 'employment-rate': 4, 'suicide-rate': 1 };
  const q = `indicator=${Object.keys(periods).join(',')}&from=2023&to=2024`;
  const months = await get(`/api/v1/indicators/rollups?grain=month&${q}`, staff);
  const years = await get(`/api/v1/indicators/rollups?grain=year&${q}`, staff);
  t.deepEqual(years.rows.map((r) => `${r.indicator} ${r.bucket}`), ['employment-rate 2023', 'employment-rate 2024', 'jobs-created 2023', 'jobs-created 2024', 'suicide-rate 2023', 'suicide-rate 2024']);
  for (const y of years.rows) {
    const ms = months.rows.filter((m) => m.indicator === y.indicator && m.bucket.startsWith(`${y.bucket}-`));
    t.is(ms.length, periods[y.indicator] ?? 0);
    t.is(y.n, ms.length);
    const total = ms.reduce((s, m) => s + m.value, 0);
    t.true(close(y.value, y.indicator === 'jobs-created' ? total : total / ms.length), `${y.indicator} ${y.bucket}: ${y.value} from ${total}`);
    const latest = asKnownOn(obs.filter((o) => o.indicator === y.indicator && o.period.startsWith(y.bucket) && o.district === 'city' && o.age === 'all' && o.gender === 'all'), '9999-12-31');
    t.true(close(y.sum, latest.reduce((s, o) => s + o.value, 0)) && y.n === latest.length, `${y.indicator} ${y.bucket}: the latest revision of each month`);
  }
});

test('by gu: a row per gu and the city, the other dimensions at their totals; no gu, no rows', async (t) => {
  const { get, obs } = await setup();
  const body = await get('/api/v1/indicators/rollups?grain=year&by=district&indicator=fire-deaths,subway-ridership,pm10-mean&from=2020&to=2021', staff);
  t.like(body, { by: 'district', from: 2020, to: 2021 });
  t.deepEqual(body.withheld, [{ indicator: 'subway-ridership', reason: 'not broken down by district' }]);
  const gu = [...new Set(obs.filter((o: Observation) => o.indicator === 'fire-deaths' && o.district !== 'city').map((o) => o.district))].sort();
  t.true(gu.length >= 2);
  for (const id of ['fire-deaths', 'pm10-mean']) {
    const rows = body.rows.filter((r: IndicatorRollupRow) => r.indicator === id);
    t.deepEqual(rows.map((r) => `${r.district} ${r.bucket}`), [...gu, 'city'].sort().flatMap((d) => [`${d} 2020`, `${d} 2021`]));
    t.true(rows.every((r) => r.age === 'all' && r.gender === 'all'));
  }
  const pub = await get('/api/v1/indicators/rollups?grain=year&by=district&indicator=fire-deaths,subway-ridership,pm10-mean&from=2020&to=2021');
  t.deepEqual(pub.withheld.map((w) => w.indicator), ['fire-deaths', 'subway-ridership'], 'by the dimension first, then the count rule');
  t.deepEqual(pub.rows, body.rows.filter((r) => r.indicator === 'pm10-mean'));
});

test('unknown ids, bad grains, lines and years: a 400 naming the parameter', async (t) => {
  const { app } = await setup();
  const problem = async (url: string) => {
    const r = await app.request(url);
    t.is(r.status, 400, url);
    return (await r.json()) as { detail: string; errors: { field: string; message: string }[] };
  };
  const unknown = await problem('/api/v1/indicators/rollups?grain=year&indicator=fire-deaths,no-such,Not_An_Id');
  t.deepEqual(unknown.errors, [{ field: 'indicator', message: 'unknown indicator no-such, Not_An_Id (see /api/v1/indicators)' }]);
  t.regex((await problem('/api/v1/indicators/rollups?grain=year&from=2025&to=2016')).detail, /^from: must not be after `to` \(2016\)$/);
  t.regex((await problem('/api/v1/indicators/rollups?grain=year&from=1990&to=2025')).detail, /at most 30 years/);
  t.regex((await problem('/api/v1/indicators/rollups?grain=year&from=20x6')).detail, /^from: a year such as 2024$/);
  t.regex((await problem('/api/v1/indicators/rollups')).detail, /^grain: month or year$/);
  t.regex((await problem('/api/v1/indicators/rollups?grain=day')).detail, /^grain: month or year$/);
  t.regex((await problem('/api/v1/indicators/rollups?grain=year&by=dong')).detail, /^by: /);
  t.regex((await problem('/api/v1/indicators/rollups?grain=year&indicator=')).detail, /^indicator: at least one indicator id/);
});

test('through the whole API: the access layer takes the rollups rule, and a signed-in mayor sees the counts', async (t) => {
  const { obs } = await indicatorTestApp();
  const app = createApp(testDeps({ indicators: memoryIndicatorPort(obs) }).deps);
  const read = async (init?: RequestInit) => IndicatorRollupsSchema.parse(await (await app.request('http://localhost/api/v1/indicators/rollups?grain=year&indicator=fire-deaths,crime-rate', init)).json());
  const pub = await read();
  t.deepEqual(pub.withheld.map((w) => w.indicator), ['fire-deaths']);
  t.like(pub, { from: 2016, to: 2025 });
  const mayor = await read({ headers: signedIn('mayor') });
  t.deepEqual(mayor.withheld, []);
  t.deepEqual([...new Set(mayor.rows.map((r) => r.indicator))], ['crime-rate', 'fire-deaths']);
});
