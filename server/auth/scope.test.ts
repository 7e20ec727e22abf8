import test from 'ava';
import { applyScopeChange, scopeIssues } from './scope.ts';

test('a district head has exactly one valid gu; nobody else has any', (t) => {
  t.deepEqual(scopeIssues({ role: 'district-head', districts: ['11680'], departments: [] }), []);
  const fields = (districts: string[], role: 'district-head' | 'mayor' = 'district-head') =>
    scopeIssues({ role, districts, departments: [] }).map((i) => `${i.field}: ${i.message}`);
  t.regex(fields([]).join(), /exactly one gu/);
  t.regex(fields(['11680', '11110']).join(), /exactly one gu/);
  t.regex(fields(['11000']).join(), /not one of Seoul's 25 gu codes/);
  t.regex(fields(['gangnam']).join(), /5 digits starting with 11/);
  t.regex(fields(['11680'], 'mayor').join(), /only a district head is scoped to a gu; a mayor has none/);
  t.deepEqual(fields([], 'mayor'), []);
});

test('an official has one or more departments; nobody else has any', (t) => {
  t.deepEqual(scopeIssues({ role: 'official', districts: [], departments: ['air-quality', 'transport'] }), []);
  t.regex(scopeIssues({ role: 'official', districts: [], departments: [] })[0]?.message ?? '', /at least one department/);
  t.regex(scopeIssues({ role: 'official', districts: [], departments: ['a', 'a'] })[0]?.message ?? '', /named twice/);
  t.regex(scopeIssues({ role: 'official', districts: [], departments: ['Air Quality'] })[0]?.message ?? '', /lowercase/);
  t.regex(scopeIssues({ role: 'auditor', districts: [], departments: ['audit'] })[0]?.message ?? '', /only an official/);
  const both = scopeIssues({ role: 'official', districts: ['11680'], departments: [] });
  t.deepEqual(both.map((i) => i.field), ['districts', 'departments']);
});

test('public and unknown roles are not roles of a person', (t) => {
  for (const role of ['public', 'root']) {
    const [issue] = scopeIssues({ role: role as 'mayor', districts: [], departments: [] });
    t.is(issue?.field, 'role');
    t.regex(issue?.message ?? '', /administrator/);
    t.notRegex(issue?.message ?? '', /public/);
  }
});

test('a role change drops the old scope unless a new one is given', (t) => {
  const head = { role: 'district-head' as const, districts: ['11680'], departments: [] };
  t.deepEqual(applyScopeChange(head, { role: 'mayor' }), { role: 'mayor', districts: [], departments: [] });
  t.deepEqual(applyScopeChange(head, { districts: ['11110'] }), { ...head, districts: ['11110'] });
  t.deepEqual(applyScopeChange(head, {}), head);
  t.deepEqual(applyScopeChange(head, { role: 'district-head' }), head);
  const mayor = { role: 'mayor' as const, districts: [], departments: [] };
  t.deepEqual(applyScopeChange(mayor, { role: 'official', departments: ['transport'] }), { role: 'official', districts: [], departments: ['transport'] });
  t.regex(scopeIssues(applyScopeChange(mayor, { role: 'district-head' }))[0]?.message ?? '', /exactly one gu/);
});
