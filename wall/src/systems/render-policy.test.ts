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
