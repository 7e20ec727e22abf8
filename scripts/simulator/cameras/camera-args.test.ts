import test from 'ava';
import { bitrateOf, cameraArgs, midnightOf } from './camera-args.ts';

const base = { camera: 'cam-11680-90001', width: 640, height: 360, fps: 15, target: 'rtmp://127.0.0.1:1936/cam/', midnightMs: 0, fontFile: null };

test('an H.264 camera: real-time test picture, browser-safe x264, a keyframe a second, one thread, RTMP to <target>/<id>', (t) => {
  const args = cameraArgs({ ...base, codec: 'h264' });
  const at = (flag: string): string | undefined => args[args.indexOf(flag) + 1];
  t.true(args.indexOf('-re') < args.indexOf('-i'));
  t.is(at('-i'), 'testsrc2=size=640x360:rate=15');
  t.is(at('-c:v'), 'libx264');
  t.is(at('-tune'), 'zerolatency');
  t.is(at('-pix_fmt'), 'yuv420p');
  t.is(at('-g'), '15');
  t.is(at('-threads'), '1');
  t.is(at('-b:v'), String(bitrateOf(640, 360, 15)));
  t.true(args.includes('-an'));
  t.deepEqual(args.slice(-3), ['-f', 'flv', 'rtmp://127.0.0.1:1936/cam/cam-11680-90001']);
  t.regex(at('-vf') ?? '', /format=yuv420p$/);
});

test('a Sorenson (flv1) camera exercises transcoding', (t) => {
  const args = cameraArgs({ ...base, codec: 'flv1' });
  t.is(args[args.indexOf('-c:v') + 1], 'flv');
  t.false(args.includes('libx264'));
});

test('midnight is UTC midnight of the given time', (t) => {
  t.is(midnightOf(Date.UTC(2026, 10, 27, 18, 30)), Date.UTC(2026, 10, 27));
  t.is(bitrateOf(640, 360, 15), 691_000);
});
