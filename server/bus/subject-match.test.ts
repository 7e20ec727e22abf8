import test from 'ava';
import { subjectMatches } from './subject-match.ts';

test('exact, single and tail wildcards', (t) => {
  t.true(subjectMatches('city.air.observed.11680', 'city.air.observed.11680'));
  t.true(subjectMatches('city.*.*.11680', 'city.air.observed.11680'));
  t.false(subjectMatches('city.*.*.11680', 'city.air.observed.11110'));
  t.true(subjectMatches('city.>', 'city.air.observed.11680'));
  t.false(subjectMatches('city.>', 'city'));
  t.false(subjectMatches('ops.run.*', 'ops.run.a.b'));
  t.false(subjectMatches('ops.run.x', 'ops.run'));
});
