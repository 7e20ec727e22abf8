import test from 'ava';
import type { KeyPrincipal, Principal, UserPrincipal } from '../contracts/access.ts';
import { ANONYMOUS } from '../contracts/access.ts';
import { VIEWERS_BY_AGENCY } from '../../db/reference/cameras.ts';
import { inScope, mayView, registryScopeOf, viewerOf, visibleTo } from './viewers.ts';

const user = (role: UserPrincipal['role'], districts: string[] = []): UserPrincipal => ({
  kind: 'user',
  id: `u-${role}`,
  login: role,
  role,
  districts,
  departments: [],
  sessionId: 's',
});
const key: KeyPrincipal = { kind: 'key', id: 'key_0123456789abcdef', name: 'gangnam', scope: { districts: ['11680'], resources: ['cameras'], access: 'write' } };

const cam = (agency: keyof typeof VIEWERS_BY_AGENCY, district = '11680') => ({ viewers: [...VIEWERS_BY_AGENCY[agency]], district });

/** Who may view which camera of Gangnam-gu: district, police, transport, fire. */
const MATRIX: Array<[string, Principal, string]> = [
  ['mayor', user('mayor'), 'Y.YY'],
  ['deputy mayor', user('deputy-mayor'), 'Y.YY'],
  ['situation room', user('situation-room'), 'YYYY'],
  ['head of Gangnam-gu', user('district-head', ['11680']), 'Y.Y.'],
  ['head of Jongno-gu', user('district-head', ['11110']), '....'],
  ['official', user('official'), '..Y.'],
  ['auditor', user('auditor'), '....'],
  ['administrator', user('administrator'), '....'],
  ['API key with every scope', key, '....'],
  ['anonymous', ANONYMOUS, '....'],
];

test('mayView: by role and gu; never through a key or anonymously', (t) => {
  for (const [who, p, expect] of MATRIX) {
    const got = (['district', 'police', 'transport', 'fire'] as const).map((a) => (mayView(p, cam(a)) ? 'Y' : '.')).join('');
    t.is(got, expect, who);
  }
});

test('a camera that lists a role lets that role view it; a district head needs the gu as well', (t) => {
  t.true(mayView(user('auditor'), { viewers: ['auditor'], district: '11110' }));
  t.false(mayView(user('district-head', []), { viewers: ['district-head'], district: '11110' }));
  t.true(mayView(user('district-head', ['11680', '11110']), { viewers: ['district-head'], district: '11110' }));
  t.true(visibleTo({ role: 'official', districts: ['11680'] }, { viewers: ['official'], district: '11110' }), 'only district heads are bound to a gu');
});

test('registry scope: viewers see what they may view, administrators and auditors everything, keys and anonymous nothing', (t) => {
  t.deepEqual(registryScopeOf(user('administrator')), { kind: 'all' });
  t.deepEqual(registryScopeOf(user('auditor')), { kind: 'all' });
  t.deepEqual(registryScopeOf(key), { kind: 'none' });
  t.deepEqual(registryScopeOf(ANONYMOUS), { kind: 'none' });
  t.deepEqual(registryScopeOf(user('district-head', ['11680'])), { kind: 'viewer', viewer: { role: 'district-head', districts: ['11680'] } });
  t.true(inScope(registryScopeOf(user('auditor')), cam('police')));
  t.false(inScope(registryScopeOf(key), cam('district')));
  t.false(inScope(registryScopeOf(user('district-head', ['11110'])), cam('district')));
  t.true(inScope(registryScopeOf(user('district-head', ['11110'])), cam('district', '11110')));
  t.is(viewerOf(ANONYMOUS), null);
});
