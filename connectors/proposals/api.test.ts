import test from 'ava';
import { PROPOSAL_CATEGORIES, PROPOSAL_STATUSES } from '../../server/contracts/participation.ts';
import { isoKst, kstDate, PROPOSAL_FIELDS, PROPOSAL_STATUS_NAMES } from './api.ts';

test('the feed\'s fields are the contract\'s categories, by their Korean names', (t) => {
  t.deepEqual(Object.values(PROPOSAL_FIELDS).sort(), Object.keys(PROPOSAL_CATEGORIES).sort());
  for (const [ko, code] of Object.entries(PROPOSAL_FIELDS)) t.is(PROPOSAL_CATEGORIES[code].ko as string, ko);
  t.deepEqual(Object.keys(PROPOSAL_STATUS_NAMES).sort(), [...PROPOSAL_STATUSES].sort());
  t.is(new Set(Object.values(PROPOSAL_STATUS_NAMES)).size, PROPOSAL_STATUSES.length);
});

test('KST times and dates', (t) => {
  t.is(isoKst(Date.parse('2026-01-05T15:30:00.900Z')), '2026-01-06T00:30:00+09:00');
  t.is(kstDate(Date.parse('2026-01-05T15:30:00Z')), '2026-01-06');
});
