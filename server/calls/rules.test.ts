import test from 'ava';
import { WALL_ROLES } from '../contracts/index.ts';
import { mayCall, type Caller } from './rules.ts';

const caller = (role: Caller['role'], districts: string[] = []): Caller => ({ login: `the-${role}`, role, districts });
const verdict = (from: Caller, to: Caller['role'], district: string | null = null): string => {
  const d = mayCall(from, { login: `callee-${to}`, role: to }, { district });
  return d.allow ? 'A' : '-';
};

/** Rows: caller roles; columns: callee roles in WALL_ROLES order (mayor … public). */
const MATRIX: Record<string, string> = {
  mayor: 'AAAAA---',
  'deputy-mayor': 'AAAAA---',
  'district-head': 'AAAAA---',
  official: '--AAA---',
  'situation-room': 'AAAAA---',
  auditor: '--------',
  administrator: '--------',
  public: '--------',
};

test('who may call whom, with no gu named: every role against every role', (t) => {
  t.deepEqual(WALL_ROLES, ['mayor', 'deputy-mayor', 'district-head', 'official', 'situation-room', 'auditor', 'administrator', 'public']);
  for (const from of WALL_ROLES) {
    const row = WALL_ROLES.map((to) => verdict(caller(from, from === 'district-head' ? ['11680'] : []), to)).join('');
    t.is(row, MATRIX[from] ?? '(missing)', from);
  }
});

test('a district head calls about their own gu only; the others about any gu', (t) => {
  const head = caller('district-head', ['11680']);
  t.is(verdict(head, 'official', '11680'), 'A');
  t.is(verdict(head, 'official', '11110'), '-');
  t.is(verdict(head, 'mayor', '11110'), '-');
  t.regex((mayCall(head, { login: 'x', role: 'official' }, { district: '11110' }) as { reason: string }).reason, /own gu, not 11110/);
  t.is(verdict(caller('mayor'), 'official', '11110'), 'A');
  t.is(verdict(caller('official'), 'district-head', '11110'), 'A');
});

test('nobody calls themselves; refusals say why', (t) => {
  const room = caller('situation-room');
  t.deepEqual(mayCall(room, { login: room.login, role: 'situation-room' }, { district: null }), { allow: false, reason: 'nobody calls themselves' });
  t.deepEqual(mayCall(caller('official'), { login: 'm', role: 'mayor' }, { district: null }), { allow: false, reason: 'an official may not call a mayor' });
  t.deepEqual(mayCall(caller('auditor'), { login: 'm', role: 'mayor' }, { district: null }), { allow: false, reason: 'an auditor does not place calls' });
  t.deepEqual(mayCall(caller('mayor'), { login: 'a', role: 'administrator' }, { district: null }), { allow: false, reason: 'an administrator does not take calls' });
});
