import test from 'ava';
import type { WallTarget } from '../../../server/contracts/index.ts';
import { drivenFromPairing, drivenFromTarget, restoreDriven } from './session.ts';

const NOW = Date.parse('2026-03-02T09:00:00Z');
const walls: WallTarget[] = [
  { wall: 'mayor', label: { ko: '시장실 월', en: "Mayor's wall" }, via: 'paired' },
  { wall: 'situation-room', label: { ko: '상황실', en: 'Situation room' }, via: 'own' },
];

test('a pairing is kept with the name the server gives the wall', (t) => {
  const d = drivenFromPairing({ wall: 'mayor', login: 'kim', pairedAt: '2026-03-02T08:55:00Z', until: '2026-03-02T20:55:00Z' }, walls);
  t.deepEqual(d, { wall: 'mayor', label: { ko: '시장실 월', en: "Mayor's wall" }, until: Date.parse('2026-03-02T20:55:00Z') });
  t.deepEqual(drivenFromPairing({ wall: 'lobby', login: 'kim', pairedAt: '2026-03-02T08:55:00Z', until: '2026-03-02T20:55:00Z' }, []).label, { ko: 'lobby', en: 'lobby' });
  t.is(drivenFromTarget(walls[1]!).until, null);
});

test('a stored wall comes back while it holds and the server still lists it', (t) => {
  const stored = JSON.stringify({ wall: 'mayor', label: { ko: 'x', en: 'x' }, until: NOW + 60_000 });
  t.deepEqual(restoreDriven(stored, NOW, walls), { wall: 'mayor', label: walls[0]!.label, until: NOW + 60_000 });
  t.deepEqual(restoreDriven(stored, NOW, null), { wall: 'mayor', label: { ko: 'x', en: 'x' }, until: NOW + 60_000 }, 'kept when the list could not be read');
  t.is(restoreDriven(stored, NOW + 60_000, walls), null, 'a pairing past its end');
  t.is(restoreDriven(stored, NOW, walls.slice(1)), null, 'a wall no longer listed');
  t.deepEqual(restoreDriven(JSON.stringify({ wall: 'situation-room', label: { ko: 's', en: 's' }, until: null }), NOW + 1e12, walls)?.wall, 'situation-room', 'an own wall has no end');
});

test('what cannot be read back is forgotten', (t) => {
  t.is(restoreDriven(null, NOW, walls), null);
  t.is(restoreDriven('{not json', NOW, walls), null);
  t.is(restoreDriven(JSON.stringify({ wall: 'Mayor!', label: { ko: '', en: '' }, until: null }), NOW, null), null);
});
