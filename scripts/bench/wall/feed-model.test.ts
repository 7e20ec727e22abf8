import test from 'ava';
import { DistrictAirSchema } from '../../../server/contracts/air.ts';
import { SourceHealthSchema } from '../../../server/contracts/source-health.ts';
import { gradeOf } from '../../../server/actors/district/cai.ts';
import { createFeedModel, seededRandom, UnknownFeedKeyError } from './feed-model.ts';

const specs = [
  { code: '11110', stations: ['111123'] },
  { code: '11680', stations: ['111261', '111262'] },
];
const T0 = Date.parse('2025-01-01T00:00:00Z');

test('district states are valid DistrictAir with a CAI that matches its grade', (t) => {
  const model = createFeedModel(specs, ['seoul-air'], 3);
  for (let i = 0; i < 2000; i += 1) {
    const air = DistrictAirSchema.parse(model.district(i % 2 === 0 ? '11110' : '11680', T0 + i * 30));
    t.truthy(air.cai !== null && air.cai >= 0 && air.cai <= 500);
    t.is(air.grade, gradeOf(air.cai ?? 0));
    t.is(air.asOf, new Date(T0 + i * 30).toISOString());
    t.is(air.source, 'seoul-air');
  }
});

test('values move from one update to the next and grades change over a simulated day', (t) => {
  const model = createFeedModel(specs, ['seoul-air'], 5);
  const cais = new Set<number | null>();
  const grades = new Set<string | null>();
  let changed = 0;
  let prev = model.district('11680', T0).values['pm10'];
  for (let i = 1; i <= 4000; i += 1) {
    const air = model.district('11680', T0 + i * 30);
    if (air.values['pm10'] !== prev) changed += 1;
    prev = air.values['pm10'];
    cais.add(air.cai);
    grades.add(air.grade);
  }
  t.true(changed > 3900);
  t.true(cais.size > 50);
  t.true(grades.size >= 2);
});

test('the same seed gives the same sequence', (t) => {
  const run = (): unknown[] => {
    const model = createFeedModel(specs, ['seoul-air'], 9);
    return Array.from({ length: 50 }, (_, i) => model.district('11110', T0 + i));
  };
  t.deepEqual(run(), run());
  const r = seededRandom(1);
  const xs = Array.from({ length: 1000 }, r);
  t.true(xs.every((x) => x >= 0 && x < 1));
});

test('city and source values: every district last state, valid source health', (t) => {
  const model = createFeedModel(specs, ['seoul-air', 'other-src'], 1);
  t.deepEqual(model.city(), []);
  model.district('11110', T0);
  model.district('11680', T0);
  t.deepEqual(model.city().map((d) => d.district), ['11110', '11680']);
  let runs = 0;
  for (let i = 0; i < 200; i += 1) runs = SourceHealthSchema.parse(model.source('seoul-air', T0 + i * 1000)).runs;
  t.is(runs, 200);
  t.is(model.sources().length, 2);
  t.is(SourceHealthSchema.parse(model.sources()[1]).status, 'unknown');
  t.throws(() => model.district('11999', T0), { instanceOf: UnknownFeedKeyError });
  t.throws(() => model.source('nope', T0), { instanceOf: UnknownFeedKeyError });
});
