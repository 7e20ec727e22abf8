import test from 'ava';
import { COMPLAINT_CATEGORIES } from '../../server/complaints/categories.ts';
import { COMPLAINT_CHANNELS, COMPLAINT_STATUSES } from '../../server/contracts/index.ts';
import { DASAN_CATEGORIES, DASAN_CHANNELS, DASAN_DEPARTMENTS_EN, DASAN_STATUS_NAMES, isoKst } from './api.ts';

test('the feed vocabulary covers the category catalogue, its departments, every status', (t) => {
  const byCode = new Map(Object.entries(DASAN_CATEGORIES).map(([ko, c]) => [c.code, { ko, department: c.department }]));
  t.is(byCode.size, COMPLAINT_CATEGORIES.length);
  for (const c of COMPLAINT_CATEGORIES) {
    t.deepEqual(byCode.get(c.code), { ko: c.name.ko, department: c.department.ko }, c.code);
    t.is(DASAN_DEPARTMENTS_EN[c.department.ko], c.department.en, c.department.ko);
  }
  t.deepEqual(Object.keys(DASAN_STATUS_NAMES).sort(), [...COMPLAINT_STATUSES].sort());
  t.is(new Set(Object.values(DASAN_STATUS_NAMES)).size, COMPLAINT_STATUSES.length);
  t.true(Object.values(DASAN_CHANNELS).every((c) => (COMPLAINT_CHANNELS as readonly string[]).includes(c)));
});

test('times carry the KST offset', (t) => {
  t.is(isoKst(Date.parse('2026-01-05T01:12:34.567Z')), '2026-01-05T10:12:34+09:00');
  t.is(isoKst(Date.parse('2025-12-31T15:00:00Z')), '2026-01-01T00:00:00+09:00');
});
