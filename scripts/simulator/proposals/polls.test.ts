import test from 'ava';
import { marginOfError } from '../../../server/contracts/participation.ts';
import { POLL_QUESTIONS } from './poll-questions.ts';
import { dayStartOf, kstDayOf, pollOfDay, roundShares, underlyingShares, type PollDayOptions } from './polls.ts';

const o: PollDayOptions = { seed: 500, pollsPerWeek: 2, gu: ['11110', '11680'], guCum: [1, 3] };
const d0 = kstDayOf(Date.parse('2026-01-05T00:00:00Z'));

test('shares are rounded to one decimal and add up to exactly 100', (t) => {
  t.deepEqual(roundShares([1, 1, 1]), [33.4, 33.3, 33.3]);
  t.deepEqual(roundShares([50.06, 38.02, 11.92]), [50.1, 38, 11.9]);
  for (const q of POLL_QUESTIONS) {
    const s = roundShares(underlyingShares(500, q, d0, 2));
    t.is(Math.round(s.reduce((a, b) => a + b, 0) * 10), 1000, q.id);
  }
});

test('about pollsPerWeek polls a week, on weekdays, from 10 to 16 h KST, after their fieldwork', (t) => {
  const polls = Array.from({ length: 52 * 7 }, (_, k) => pollOfDay(o, d0 + k)).filter((p) => p !== null);
  t.true(polls.length > 80 && polls.length < 130, `${polls.length} in a year`);
  for (const p of polls) {
    const local = new Date(p.dataAt + 9 * 3600_000);
    t.true(local.getUTCDay() >= 1 && local.getUTCDay() <= 5);
    t.true(local.getUTCHours() >= 10 && local.getUTCHours() < 16);
    t.true(p.fieldwork.from <= p.fieldwork.to && p.fieldwork.to < p.day && p.day - p.fieldwork.to <= 3);
    t.true(p.sampleSize >= 500 && p.sampleSize <= 1512, `${p.sampleSize}`);
    if (p.district !== null) t.true(p.sampleSize <= 812);
    t.is(p.marginOfError, Math.round(marginOfError(p.sampleSize, 0.5, 0.95, { designEffect: p.designEffect }) * 10) / 10);
    t.is(p.shares.length, p.question.options.length);
    t.is(Math.round(p.shares.reduce((a, b) => a + b, 0) * 10), 1000);
    t.is(kstDayOf(p.dataAt), p.day);
    t.true(p.dataAt >= dayStartOf(p.day));
  }
  t.true(polls.some((p) => p.district !== null) && polls.some((p) => p.district === null));
  t.true(new Set(polls.map((p) => p.pollster.ko)).size === 4);
});

test('results fall around the underlying shares within the sampling error', (t) => {
  const polls = Array.from({ length: 3 * 365 }, (_, k) => pollOfDay({ ...o, pollsPerWeek: 5 }, d0 + k)).filter((p) => p !== null);
  let inside = 0;
  for (const p of polls) {
    const truth = underlyingShares(500, p.question, p.day, p.pollster.lean);
    const moe = marginOfError(p.sampleSize, (truth[0] as number) / 100, 0.95, { designEffect: p.designEffect });
    if (Math.abs((p.shares[0] as number) - (truth[0] as number)) <= moe + 0.05) inside++;
  }
  const rate = inside / polls.length;
  t.true(rate > 0.9 && rate < 0.99, `${rate} of first-option results within their 95 % margin`);
});

test('the same day and seed, the same poll', (t) => {
  const a = Array.from({ length: 60 }, (_, k) => pollOfDay(o, d0 + k));
  t.deepEqual(Array.from({ length: 60 }, (_, k) => pollOfDay(o, d0 + k)), a);
  t.notDeepEqual(Array.from({ length: 60 }, (_, k) => pollOfDay({ ...o, seed: 7 }, d0 + k)), a);
});
