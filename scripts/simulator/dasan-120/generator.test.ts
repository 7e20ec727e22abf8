import test from 'ava';
import { readFileSync } from 'node:fs';
import { kstHour, kstWeekday } from '../../../connectors/_safety/kst.ts';
import type { Area } from '../../../db/reference/geo.ts';
import { contains } from '../safety-common/geo.ts';
import { detailsOf } from './details.ts';
import { createDasanGenerator, DasanGeneratorError, filedAtOf, type SyntheticComplaint } from './generator.ts';
import { WEEKDAY_WEIGHTS } from './model.ts';
import { loadPlaces } from './places.ts';

const places = await loadPlaces();
const HOUR = 3600_000;
const DAY = 86_400_000;
/** Monday 2026-06-29 00:00 KST: eight summer weeks. */
const t0 = Date.parse('2026-06-28T15:00:00Z');
const gen = (o: { seed?: number; speedup?: number; historyDays?: number; perDay?: number } = {}) =>
  createDasanGenerator({ places, seed: o.seed ?? 120, complaintsPerDay: o.perDay ?? 1200, speedup: o.speedup ?? 1, startedAt: t0, historyDays: o.historyDays ?? 0 });

const g = gen();
const H0 = t0 / HOUR;
const WEEKS = 8;
const all: SyntheticComplaint[] = [];
for (let h = H0; h < H0 + WEEKS * 7 * 24; h++) all.push(...g.hour(h));
const base = all.filter((c) => c.issue === null);
const dayOf = (c: SyntheticComplaint): number => Math.floor((c.dataAt - t0) / DAY);

test('the same seed gives the same complaints; another seed others', (t) => {
  const strip = (xs: SyntheticComplaint[]) => xs.map(({ no, category, district, channel, steps }) => ({ no, category: category.code, district, channel, steps }));
  t.deepEqual(strip(gen().hour(H0 + 40)), strip(all.filter((c) => Math.floor(c.dataAt / HOUR) === H0 + 40)));
  const a = strip(gen().filedBetween(t0 + 9 * HOUR, t0 + 12 * HOUR));
  t.true(a.length > 100);
  t.notDeepEqual(strip(gen({ seed: 7 }).filedBetween(t0 + 9 * HOUR, t0 + 12 * HOUR)), a);
  const c = all[100]!;
  t.deepEqual(detailsOf(120, places, c), detailsOf(120, places, gen().hour(c.hour).find((x) => x.no === c.no)!));
});

test('daily volume: about complaintsPerDay a day, weekdays about twice the weekend', (t) => {
  const perDay = Array.from({ length: WEEKS * 7 }, () => 0);
  for (const c of base) perDay[dayOf(c)]!++;
  const mean = perDay.reduce((s, x) => s + x, 0) / perDay.length;
  t.true(Math.abs(mean - 1200) < 20, `base mean ${mean} a day`);
  perDay.forEach((n, d) => {
    const want = 1200 * WEEKDAY_WEIGHTS[kstWeekday(t0 + d * DAY)]!;
    t.true(Math.abs(n - want) < 5 * Math.sqrt(want), `day ${d}: ${n} vs ${want}`);
  });
  const weekday = perDay.filter((_, d) => d % 7 < 5);
  const weekend = perDay.filter((_, d) => d % 7 >= 5);
  const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  t.true(avg(weekday) / avg(weekend) > 1.8 && avg(weekday) / avg(weekend) < 2.5, `${avg(weekday) / avg(weekend)}`);
  const expected = Array.from({ length: WEEKS * 7 * 24 }, (_, k) => g.hourMean(H0 + k)).reduce((s, x) => s + x, 0);
  t.true(Math.abs(all.length - expected) < 4 * Math.sqrt(expected), `${all.length} vs ${expected} with the rising issues`);
});

test('hourly shape: office-hour peaks at 10–11 and 14–16 h, very few at night', (t) => {
  const byHour = Array.from({ length: 24 }, () => 0);
  for (const c of base) byHour[kstHour(c.dataAt)]!++;
  const top = byHour.map((n, h) => [h, n] as const).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([h]) => h).sort((a, b) => a - b);
  t.deepEqual(top, [10, 11, 14, 15, 16]);
  t.true(byHour[12]! < byHour[11]! && byHour[12]! < byHour[14]!, 'lunch dip');
  const night = byHour.slice(0, 6).reduce((s, x) => s + x, 0) / base.length;
  t.true(night < 0.025, `00–06 h: ${night}`);
});

test('gu shares follow the resident population', (t) => {
  const total = places.gu.reduce((s, g) => s + g.population, 0);
  const got = new Map<string, number>();
  for (const c of base) got.set(c.district, (got.get(c.district) ?? 0) + 1 / base.length);
  t.is(got.size, 25);
  for (const gu of places.gu) t.true(Math.abs((got.get(gu.code) ?? 0) - gu.population / total) < 0.004, `${gu.code}: ${got.get(gu.code)} vs ${gu.population / total}`);
});

test('summer mix: noise and odours up, no snow; illegal parking first', (t) => {
  const count = (code: string) => base.filter((c) => c.category.code === code).length / base.length;
  t.is(count('snow-removal'), 0);
  t.true(count('illegal-parking') > 0.15 && count('noise') > 0.12, `${count('illegal-parking')} ${count('noise')}`);
  const winter = createDasanGenerator({ places, seed: 120, complaintsPerDay: 1200, speedup: 1, startedAt: Date.parse('2026-01-04T15:00:00Z'), historyDays: 0 });
  const jan: SyntheticComplaint[] = [];
  for (let h = Date.parse('2026-01-04T15:00:00Z') / HOUR, k = 0; k < 14 * 24; k++) jan.push(...winter.hour(h + k));
  const share = (xs: SyntheticComplaint[], code: string) => xs.filter((c) => c.category.code === code).length / xs.length;
  t.true(share(jan, 'snow-removal') > 0.02, `${share(jan, 'snow-removal')}`);
  t.true(share(jan, 'noise') < count('noise') * 0.75);
});

test('answers within the SLA for 85–90 %, the slower departments less; 5 % reopened and answered again', (t) => {
  const done = all.filter((c) => c.steps.some((s) => s.status === 'answered'));
  const onTime = (c: SyntheticComplaint) => c.steps.find((s) => s.status === 'answered')!.at - filedAtOf(c) <= c.category.slaDays * DAY;
  const share = (xs: SyntheticComplaint[]) => xs.filter(onTime).length / xs.length;
  t.true(share(done) >= 0.85 && share(done) <= 0.9, `on time ${share(done)}`);
  const of = (code: string) => done.filter((c) => c.category.code === code);
  t.true(share(of('construction')) < share(of('illegal-parking')) - 0.1, `${share(of('construction'))} vs ${share(of('illegal-parking'))}`);
  const reopened = done.filter((c) => c.steps.some((s) => s.status === 'reopened'));
  t.true(Math.abs(reopened.length / done.length - 0.05) < 0.005, `${reopened.length / done.length}`);
  for (const c of reopened.slice(0, 200)) {
    const statuses = c.steps.map((s) => s.status);
    t.deepEqual(statuses.slice(statuses.indexOf('reopened')), ['reopened', 'in-progress', 'answered', 'closed']);
  }
});

test('personal data in 10–15 % of the texts, of every kind', (t) => {
  const sample = all.filter((_, k) => k % 10 === 0).map((c) => detailsOf(120, places, c));
  const withData = sample.filter((d) => d.personal.length > 0);
  t.true(withData.length / sample.length >= 0.1 && withData.length / sample.length <= 0.15, `${withData.length / sample.length}`);
  const phone = /010-?\d{4}-?\d{4}/;
  const rrn = /\d{6}-[1-4]\d{6}/;
  const email = /[\w.]+@example\.(com|net|org)/;
  t.true(withData.filter((d) => d.personal.includes('phone')).every((d) => phone.test(d.description)));
  t.true(withData.filter((d) => d.personal.includes('resident-number')).every((d) => rrn.test(d.description)));
  t.true(withData.filter((d) => d.personal.includes('email')).every((d) => email.test(d.description)));
  t.true(withData.filter((d) => d.personal.includes('address')).every((d) => /서울특별시 \S+구 \S+ \d+(-\d+)? /.test(d.description)));
  t.true(withData.filter((d) => d.personal.includes('name')).every((d) => /[가-힣]{3}(님|씨| 씨|입니다)|My name is|reply to [A-Z가-힣]/.test(d.description)));
  const clean = sample.filter((d) => d.personal.length === 0);
  t.true(clean.every((d) => !phone.test(d.description) && !rrn.test(d.description) && !email.test(d.description)));
  for (const kind of ['name', 'phone', 'email', 'address', 'resident-number'] as const) t.true(withData.some((d) => d.personal.includes(kind)), kind);
  const english = sample.filter((d) => d.english).length / sample.length;
  t.true(english > 0.03 && english < 0.07, `${english}`);
  t.true(sample.every((d) => d.reporter.phone === null || phone.test(d.reporter.phone)));
});

test('rising issues: one category in one gu, several times its usual level, now and then', (t) => {
  const issues = g.issuesBetween(t0, t0 + WEEKS * 7 * DAY).filter((i) => i.district !== null);
  t.true(issues.length >= 8 && issues.length <= 28, `${issues.length} local issues in ${WEEKS} weeks`);
  t.true(issues.some((i) => i.category === 'noise' && ['11440', '11215', '11170', '11560', '11710'].includes(i.district!)));
  for (const i of issues.filter((x) => x.start >= t0 + 7 * DAY && x.end <= t0 + WEEKS * 7 * DAY)) {
    const cell = (c: SyntheticComplaint) => c.category.code === i.category && c.district === i.district;
    const during = all.filter((c) => cell(c) && c.dataAt >= i.start && c.dataAt < i.end).length;
    const weekBefore = base.filter((c) => cell(c) && c.dataAt >= i.start - 7 * DAY && c.dataAt < i.start).length;
    const usual = (weekBefore / 7) * ((i.end - i.start) / DAY);
    t.true(during >= 3 * Math.max(usual, 2), `${i.id} ${i.category} ${i.district}: ${during} vs usual ${usual}`);
  }
});

test('positions inside their gu; welfare and tax questions have none', (t) => {
  const gu = JSON.parse(readFileSync(new URL('../../../db/reference/districts.json', import.meta.url), 'utf8')) as { code: string; geometry: Area }[];
  const area = new Map(gu.map((x) => [x.code, x.geometry]));
  for (const c of all.filter((_, k) => k % 40 === 0)) {
    const d = detailsOf(120, places, c);
    if (['welfare', 'tax-fines'].includes(c.category.code)) t.true(d.lon === null && d.address === null);
    else t.true(contains(area.get(c.district)!, d.lon!, d.lat!) && d.address!.startsWith('서울특별시 '), `${c.no}`);
  }
});

test('numbers count the year in filing order; wall times follow the speed-up', (t) => {
  t.true(all.every((c, k) => k === 0 || (c.no > all[k - 1]!.no && c.dataAt >= all[k - 1]!.dataAt)));
  t.regex(all[0]!.no, /^2026-\d{6}$/);
  const [a, b] = [Number(all[0]!.no.slice(5)), Number(all.at(-1)!.no.slice(5))];
  t.is(b - a + 1, all.length, 'no gaps');
  const fast = gen({ speedup: 720, historyDays: 2 });
  const list = fast.filedBetween(t0 - 60_000, t0 + 120_000);
  t.true(list.length > 1000 && list.some((c) => c.dataAt < t0));
  for (const c of list.slice(0, 300)) {
    t.is(filedAtOf(c), Math.floor(t0 + (c.dataAt - t0) / 720));
    t.true(c.steps.at(-1)!.at - filedAtOf(c) <= fast.maxLifeMs);
  }
  t.deepEqual(fast.hour(Math.floor((t0 - 3 * DAY) / HOUR)), [], 'nothing before the history');
  t.throws(() => gen({ speedup: 0 }), { instanceOf: DasanGeneratorError });
  t.throws(() => gen({ perDay: -1 }), { instanceOf: DasanGeneratorError });
});
