import test from 'ava';
import { CAUSES, dayStartOf, issueHourMean, issuesOfDay, kstDayOf, RISE_SHARE, SNOW_SHARE } from './rising.ts';
import { loadPlaces } from './places.ts';

const places = await loadPlaces();
const first = kstDayOf(Date.parse('2024-01-01T00:00:00+09:00'));
const days = Array.from({ length: 3 * 365 }, (_, k) => first + k);
const issues = days.flatMap((d) => issuesOfDay(120, d, places, 1200).map((i) => ({ ...i, day: d })));
const monthOf = (day: number) => new Date(day * 86_400_000).getUTCMonth() + 1;

test('a local issue on about 30 % of the days, snow on about 8 % of the winter days only', (t) => {
  const local = issues.filter((i) => i.district !== null);
  t.true(Math.abs(local.length / days.length - RISE_SHARE) < 0.04, `${local.length / days.length}`);
  const snow = issues.filter((i) => i.district === null);
  t.true(snow.every((i) => [12, 1, 2].includes(monthOf(i.day)) && i.category === 'snow-removal'));
  const winterDays = days.filter((d) => [12, 1, 2].includes(monthOf(d))).length;
  t.true(Math.abs(snow.length / winterDays - SNOW_SHARE) < 0.04, `${snow.length / winterDays}`);
  t.deepEqual(issuesOfDay(120, first + 10, places, 1200), issuesOfDay(120, first + 10, places, 1200));
});

test('issues last a day or two, start in the morning of their day, gather in a dong of their gu', (t) => {
  for (const i of issues.filter((x) => x.district !== null)) {
    t.true(i.start >= dayStartOf(i.day) + 7 * 3600_000 && i.start < dayStartOf(i.day) + 15 * 3600_000);
    t.true(i.end - i.start >= 24 * 3600_000 && i.end - i.start <= 48 * 3600_000);
    t.true(i.perDay >= 24 && i.perDay <= 60);
    t.true(places.byCode.get(i.district!)!.dongs.some((d) => d.code === i.hotspot));
    const cause = CAUSES.find((c) => c.category === i.category && c.cause.ko === i.cause.ko)!;
    t.true((cause.months[monthOf(i.day) - 1] ?? 0) > 0, `${i.id} ${i.category} in month ${monthOf(i.day)}`);
    if (cause.hotspots) t.true(cause.hotspots.includes(i.district!));
  }
  const one = issues.find((x) => x.district !== null)!;
  const hours = Array.from({ length: 80 }, (_, k) => issueHourMean(one, Math.floor(one.start / 3600_000) * 3600_000 + k * 3600_000));
  const total = hours.reduce((s, x) => s + x, 0);
  t.true(Math.abs(total - (one.perDay * (one.end - one.start)) / 86_400_000) < one.perDay * 0.35, `${total}`);
  t.is(issueHourMean(one, one.start - 2 * 3600_000), 0);
});
