import test from 'ava';
import { CameraIdSchema } from '../../../server/contracts/camera.ts';
import { syntheticCameraIds } from './camera-ids.ts';

test('synthetic camera ids are valid, distinct, spread over the 25 gu and numbered from 90001', (t) => {
  const ids = syntheticCameraIds(60);
  t.is(new Set(ids).size, 60);
  t.true(ids.every((id) => CameraIdSchema.safeParse(id).success));
  t.deepEqual(ids.slice(0, 2), ['cam-11110-90001', 'cam-11140-90001']);
  t.is(ids[25], 'cam-11110-90002');
  t.deepEqual(syntheticCameraIds(3), ids.slice(0, 3), 'deterministic');
});
