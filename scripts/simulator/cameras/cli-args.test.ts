import test from 'ava';
import { parseCameraCli } from './cli-args.ts';

test('defaults are kind to a small machine', (t) => {
  const a = parseCameraCli([]);
  t.is(a.count, 4);
  t.deepEqual(a.size, [640, 360]);
  t.is(a.fps, 15);
  t.is(a.codec, 'h264');
  t.is(a['rtmp-port'], 1936);
  t.false(a['stop-on-eof']);
});

test('flags are checked', (t) => {
  const a = parseCameraCli(['--count', '16', '--size', '320x180', '--codec', 'flv1', '--target', 'rtmp://127.0.0.1:1935/cam', '--stop-on-eof']);
  t.is(a.count, 16);
  t.deepEqual(a.size, [320, 180]);
  t.is(a.target, 'rtmp://127.0.0.1:1935/cam');
  t.true(a['stop-on-eof']);
  t.throws(() => parseCameraCli(['--size', '641x360']));
  t.throws(() => parseCameraCli(['--codec', 'hevc']));
  t.throws(() => parseCameraCli(['--target', 'http://x/cam']));
  t.throws(() => parseCameraCli(['--count', '0']));
});
