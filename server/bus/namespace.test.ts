import test from 'ava';
import { createNamespace, NamespaceError } from './namespace.ts';

test('no namespace leaves names alone', (t) => {
  const ns = createNamespace();
  t.is(ns.subject('city.>'), 'city.>');
  t.is(ns.stream('CITY'), 'CITY');
});

test('a namespace prefixes subjects and suffixes streams, reversibly', (t) => {
  const ns = createNamespace('bench-1');
  t.is(ns.subject('city.air.observed.11680'), 'bench-1.city.air.observed.11680');
  t.is(ns.local('bench-1.city.air.observed.11680'), 'city.air.observed.11680');
  t.is(ns.stream('CITY'), 'CITY_BENCH_1');
  t.throws(() => createNamespace('Bad Name'), { instanceOf: NamespaceError });
});
