import test from 'ava';
import { createLiveHub } from './hub.ts';

test('listeners get changes; late older values are ignored', (t) => {
  const hub = createLiveHub();
  const got: unknown[] = [];
  const off = hub.subscribe('air/district/11680', (_c, v) => got.push(v.data));
  hub.set('air/district/11680', 1, '2026-01-01T00:00:01Z');
  hub.set('air/district/11680', 0, '2026-01-01T00:00:00Z');
  hub.set('air/district/11110', 9, '2026-01-01T00:00:02Z');
  off();
  hub.set('air/district/11680', 2, '2026-01-01T00:00:03Z');
  t.deepEqual(got, [1]);
  t.is(hub.get('air/district/11680')?.data, 2);
  t.deepEqual(hub.entries('air/district/').map(([c]) => c), ['air/district/11110', 'air/district/11680']);
  t.deepEqual(hub.stats(), { channels: 2, listeners: 0 });
});
