import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { applyAction } from '../state/actions.ts';
import { createWallState } from '../state/wall-state.ts';
import { statusTexts } from './status.ts';
import { TEST_PLACES } from './testing/places-fixture.ts';

test('the states commands leave, in words, while they hold', (t) => {
  const s = createWallState(builtInLayout('public'), 0);
  t.deepEqual(statusTexts(s, TEST_PLACES, 'en'), []);
  applyAction(s, { type: 'carousel.set', playing: true, at: 0 });
  applyAction(s, { type: 'sound.set', muted: true });
  applyAction(s, { type: 'incidents.filter', filter: { incidentType: 'fire', agency: null, severity: 'major', district: '11680' } });
  applyAction(s, { type: 'complaints.category', category: 'noise' });
  applyAction(s, { type: 'layer.set', layer: 'neighborhoods', visible: true });
  applyAction(s, { type: 'layer.set', layer: 'labels', visible: false });
  t.deepEqual(statusTexts(s, TEST_PLACES, 'en'), ['▶ Auto 30 s', 'Muted', 'Filter: Fire · Major or worse · Gangnam-gu', 'Filter: Noise', '+ dong', '− labels']);
  t.is(statusTexts(s, TEST_PLACES, 'ko')[0], '▶ 자동 전환 30초');
});
