import test from 'ava';
import { shouldRender } from './render-policy.ts';

const base = { changed: false, urgent: false, now: 10_000, lastRenderAt: 9_000, dataHz: 2 };

test('a still wall is not redrawn', (t) => {
  t.false(shouldRender({ ...base, lastRenderAt: 0 }));
});

test('a person acting is drawn on the next frame, however recent the last render', (t) => {
  t.true(shouldRender({ ...base, urgent: true, lastRenderAt: base.now - 1 }));
});

test('live data is drawn at most dataHz times a second', (t) => {
  t.false(shouldRender({ ...base, changed: true, lastRenderAt: base.now - 499 }));
  t.true(shouldRender({ ...base, changed: true, lastRenderAt: base.now - 500 }));
  t.true(shouldRender({ ...base, changed: true, dataHz: 10, lastRenderAt: base.now - 100 }));
});

test('a playing video is drawn at most videoHz times a second, with or without state changes', (t) => {
  const playing = { ...base, playing: true, videoHz: 10 };
  t.false(shouldRender({ ...playing, lastRenderAt: base.now - 99 }));
  t.true(shouldRender({ ...playing, lastRenderAt: base.now - 100 }));
  t.true(shouldRender({ ...playing, changed: true, lastRenderAt: base.now - 100 }), 'faster than dataHz while playing');
  t.false(shouldRender({ ...base, playing: false, lastRenderAt: 0 }), 'no video, no change: still');
  t.true(shouldRender({ ...base, playing: true, lastRenderAt: base.now - 84 }), 'default video rate 12/s');
  t.false(shouldRender({ ...base, playing: true, lastRenderAt: base.now - 80 }));
});
