import test from 'ava';
import { kstHour, kstWeekday } from '../../../connectors/_safety/kst.ts';
import { streamOf } from '../safety-common/random.ts';
import { drawLifecycle, inOffice, maxLifeMs, nextOpening, type Step } from './lifecycle.ts';
import { HOUR_WEIGHTS, ON_TIME, ON_TIME_AFTER_REOPENING, REOPEN_SHARE, TRANSFER_SHARE, WEEKDAY_WEIGHTS } from './model.ts';

const DAY = 86_400_000;
const kst = (s: string): number => Date.parse(`${s}+09:00`);
const r = streamOf(7, 'lifecycle-test');
/** Filing times over four weeks with the feed's hourly and weekly rhythm. */
const filings: number[] = [];
while (filings.length < 20_000) {
  const at = kst('2026-03-02T00:00:00') + Math.floor(r() * 28 * DAY);
  if (r() * 3 < HOUR_WEIGHTS[kstHour(at)]! * WEEKDAY_WEIGHTS[kstWeekday(at)]!) filings.push(at);
}
const draw = (category: string, slaDays: number): Step[][] =>
  filings.map((filedAt) => drawLifecycle(r, { category, slaDays, filedAt, transferTargets: ['noise', 'recycling'] }));
const parking = draw('illegal-parking', 3);
const building = draw('construction', 14);
const firstAnswer = (s: Step[]): number => s.find((x) => x.status === 'answered')!.at;

test('office hours: weekdays 09–18 KST; the next opening skips nights and weekends', (t) => {
  t.true(inOffice(kst('2026-03-06T17:59:00')));
  t.false(inOffice(kst('2026-03-06T18:00:00')));
  t.false(inOffice(kst('2026-03-07T11:00:00')), 'Saturday');
  t.is(nextOpening(kst('2026-03-06T19:30:00')), kst('2026-03-09T09:00:00'), 'Friday evening → Monday');
  t.is(nextOpening(kst('2026-03-04T07:10:00')), kst('2026-03-04T09:00:00'));
  t.is(nextOpening(kst('2026-03-04T13:10:00')), kst('2026-03-04T13:10:00'));
});

test('steps in order: received, assigned (a transfer at times), in-progress, answered, [reopened, in-progress, answered], closed', (t) => {
  const shapes = new Set(parking.concat(building).map((s) => s.map((x) => x.status).join(' ')));
  t.deepEqual([...shapes].sort(), [
    'received assigned assigned in-progress answered closed',
    'received assigned assigned in-progress answered reopened in-progress answered closed',
    'received assigned in-progress answered closed',
    'received assigned in-progress answered reopened in-progress answered closed',
  ]);
  for (const s of parking.concat(building)) {
    t.true(s.every((x, k) => k === 0 || x.at >= s[k - 1]!.at));
    t.true(s.at(-1)!.at - s[0]!.at <= maxLifeMs(14));
  }
});

test('assignment takes minutes to hours, and waits for the office to open', (t) => {
  const delays = parking.map((s) => [s[0]!.at, s[1]!.at - s[0]!.at] as const);
  const daytime = delays.filter(([at]) => inOffice(at)).map(([, d]) => d).sort((a, b) => a - b);
  t.true(daytime[daytime.length >> 1]! < 60 * 60_000 && daytime[daytime.length >> 1]! > 5 * 60_000, `median ${daytime[daytime.length >> 1]}`);
  const late = parking.filter((s) => !inOffice(s[0]!.at));
  t.true(late.length > 1000, `${late.length}`);
  t.true(late.every((s) => kstHour(s[1]!.at) >= 9 && kstWeekday(s[1]!.at) >= 1 && kstWeekday(s[1]!.at) <= 5));
});

test('answers within the SLA as often as the department manages; reopenings and transfers at their shares', (t) => {
  const share = (xs: Step[][], f: (s: Step[]) => boolean): number => xs.filter(f).length / xs.length;
  const onTime = (sla: number) => (s: Step[]) => firstAnswer(s) - s[0]!.at <= sla * DAY;
  // A 3-day SLA cannot always be kept for a filing on a Friday night: a little below the department's share.
  const within = (got: number, want: number, below: number): boolean => got > want - below && got < want + 0.01;
  t.true(within(share(parking, onTime(3)), ON_TIME['illegal-parking']!, 0.03), `${share(parking, onTime(3))}`);
  t.true(within(share(building, onTime(14)), ON_TIME['construction']!, 0.01), `${share(building, onTime(14))}`);
  t.true(share(parking, (s) => firstAnswer(s) - s[0]!.at > 1.6 * 3 * DAY + 60_000 && inOffice(s[0]!.at)) < 0.002, 'late answers are capped');
  const isReopened = (s: Step[]): boolean => s.some((x) => x.status === 'reopened');
  const reopened = [...parking.filter(isReopened).map((s) => [s, 3] as const), ...building.filter(isReopened).map((s) => [s, 14] as const)];
  t.true(Math.abs(reopened.length / 40_000 - REOPEN_SHARE) < 0.006, `${reopened.length}`);
  const againOnTime = reopened.filter(([s, sla]) => s.filter((x) => x.status === 'answered')[1]!.at - s.find((x) => x.status === 'reopened')!.at <= sla * DAY);
  t.true(Math.abs(againOnTime.length / reopened.length - ON_TIME_AFTER_REOPENING) < 0.035, `${againOnTime.length / reopened.length}`);
  const moved = share(parking, (s) => s.filter((x) => x.status === 'assigned').length === 2);
  t.true(Math.abs(moved - TRANSFER_SHARE) < 0.006, `${moved}`);
  t.true(parking.every((s) => s[1]!.department === 'illegal-parking'));
  t.true(parking.filter((s) => s[2]!.status === 'assigned').every((s) => ['noise', 'recycling'].includes(s[2]!.department!)));
});
