import test from 'ava';
import type { Texture } from 'pixi.js';
import type { StreamState } from '../state/safety-state.ts';
import { createVideoTiles, type TileVideo } from './video-tiles.ts';

interface Fake extends TileVideo {
  camera: string;
  incident: string | null;
  destroyed: boolean;
  emit(s: StreamState): void;
}

function harness() {
  const opened: Fake[] = [];
  const events: string[] = [];
  const tiles = createVideoTiles({
    open(req, onState) {
      const v: Fake = {
        camera: req.camera, incident: req.incident, destroyed: false, state: 'connecting', texture: {} as Texture,
        destroy() { this.destroyed = true; },
        emit(s) { (this as { state: StreamState }).state = s; onState(s); },
      };
      opened.push(v);
      return v;
    },
    onState: (camera, s) => events.push(`${camera}:${s}`),
    onClose: (camera) => events.push(`${camera}:closed`),
  });
  return { tiles, opened, events };
}

test('opens what is wanted, once; reports each state; destroys what is no longer wanted', (t) => {
  const { tiles, opened, events } = harness();
  tiles.want([{ camera: 'a', incident: 'i:1' }, { camera: 'b', incident: 'i:1' }]);
  tiles.want([{ camera: 'a', incident: 'i:1' }, { camera: 'b', incident: 'i:1' }]);
  t.is(opened.length, 2);
  t.is(tiles.size, 2);
  opened[0]!.emit('playing');
  t.is(tiles.get('a'), opened[0]);
  tiles.want([{ camera: 'a', incident: 'i:1' }]);
  t.true(opened[1]!.destroyed);
  t.is(tiles.get('b'), undefined);
  t.deepEqual(events, ['a:connecting', 'b:connecting', 'a:playing', 'b:closed']);
});

test('a camera shown for another incident is a new stream (its play request names the incident)', (t) => {
  const { tiles, opened, events } = harness();
  tiles.want([{ camera: 'a', incident: 'i:1' }]);
  tiles.want([{ camera: 'a', incident: 'i:2' }]);
  t.true(opened[0]!.destroyed);
  t.false(opened[1]!.destroyed);
  t.is(opened[1]!.incident, 'i:2');
  t.deepEqual(events, ['a:connecting', 'a:closed', 'a:connecting'], 'closed before the new one reports');
});

test('a destroyed stream’s late callbacks are ignored; destroy closes everything', (t) => {
  const { tiles, opened, events } = harness();
  tiles.want([{ camera: 'a', incident: null }, { camera: 'b', incident: null }]);
  tiles.want([{ camera: 'b', incident: null }]);
  opened[0]!.emit('error');
  t.false(events.includes('a:error'));
  tiles.destroy();
  t.true(opened.every((v) => v.destroyed));
  t.is(tiles.size, 0);
});
