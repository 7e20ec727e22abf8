import test from 'ava';
import { argsWithOutput, checkSourceUrl, decideMode, gopOf, planRelay, redactUrl, RelayInputError, type ProbeResult } from './relay-plan.ts';

const h264: ProbeResult = { codec: 'h264', width: 1920, height: 1080, fps: 25, pixFmt: 'yuv420p', profile: 'High' };

test('H.264 4:2:0 within 1920x1080 is remuxed; anything else is transcoded, with the reason', (t) => {
  t.is(decideMode(h264).mode, 'remux');
  t.is(decideMode({ ...h264, pixFmt: 'yuvj420p' }).mode, 'remux');
  t.is(decideMode({ ...h264, pixFmt: null }).mode, 'remux', 'no pixel format reported: trust the codec');
  t.deepEqual(decideMode({ ...h264, codec: 'hevc' }), { mode: 'transcode', reason: 'hevc is not played by browsers' });
  t.is(decideMode({ ...h264, pixFmt: 'yuv444p' }).mode, 'transcode');
  t.is(decideMode({ ...h264, width: 2560, height: 1440 }).mode, 'transcode');
  t.is(decideMode({ ...h264, width: 1920, height: 1088 }).mode, 'transcode');
  t.is(decideMode({ ...h264, width: 2560 }, { maxWidth: 3840, maxHeight: 2160, subWidth: 640, subHeight: 360 }).mode, 'remux');
});

test('a remux plan: TCP for RTSP, low-latency input, video only, copy, FLV to /live/<camera>', (t) => {
  const plan = planRelay({ camera: 'cam-11680-00042', sourceUrl: 'rtsp://user:pw@10.0.0.7:554/Streaming/101', probe: h264, rtmpBase: 'rtmp://127.0.0.1:1935/' });
  t.is(plan.mode, 'remux');
  t.is(plan.target, 'rtmp://127.0.0.1:1935/live/cam-11680-00042');
  t.deepEqual(plan.args, [
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-nostats', '-progress', 'pipe:1', '-stats_period', '0.5',
    '-rtsp_transport', 'tcp', '-timeout', '10000000', '-fflags', 'nobuffer', '-flags', 'low_delay', '-analyzeduration', '1000000', '-probesize', '1000000',
    '-i', 'rtsp://user:pw@10.0.0.7:554/Streaming/101',
    '-map', '0:v:0', '-an', '-sn', '-dn', '-c:v', 'copy',
    '-f', 'flv', '-flvflags', 'no_duration_filesize', 'rtmp://127.0.0.1:1935/live/cam-11680-00042',
  ]);
});

test('a transcode plan: 640x360 H.264, x264 veryfast zerolatency, 4:2:0, a keyframe a second', (t) => {
  const plan = planRelay({ camera: 'cam-11680-00042', sourceUrl: 'rtmp://127.0.0.1:1936/cam/cam-11680-00042', probe: { ...h264, codec: 'hevc', fps: 29.97 }, rtmpBase: 'rtmp://127.0.0.1:1935' });
  t.is(plan.mode, 'transcode');
  t.deepEqual(plan.input.slice(0, 2), ['-rw_timeout', '10000000']);
  const at = (flag: string): string | undefined => plan.codec[plan.codec.indexOf(flag) + 1];
  t.is(at('-c:v'), 'libx264');
  t.is(at('-preset'), 'veryfast');
  t.is(at('-tune'), 'zerolatency');
  t.is(at('-pix_fmt'), 'yuv420p');
  t.is(at('-g'), '30');
  t.is(at('-keyint_min'), '30');
  t.regex(at('-vf') ?? '', /^scale=640:360:force_original_aspect_ratio=decrease,pad=640:360:/);
  t.true(plan.codec.includes('-an'));
});

test('the keyframe interval follows the frame rate, within reason', (t) => {
  t.deepEqual([gopOf(15), gopOf(29.97), gopOf(0.5), gopOf(240), gopOf(null)], [15, 30, 1, 60, 15]);
});

test('only rtsp, rtmp and http sources and real camera ids are accepted', (t) => {
  for (const url of ['file:///etc/passwd', '-i', 'concat:a|b', 'pipe:0', 'rtspx://x', '']) {
    t.throws(() => checkSourceUrl(url), { instanceOf: RelayInputError }, url);
  }
  t.notThrows(() => checkSourceUrl('http://127.0.0.1:8093/cam/cam-11680-00042.flv'));
  t.throws(() => planRelay({ camera: '../etc', sourceUrl: 'rtsp://h/x', probe: h264, rtmpBase: 'rtmp://127.0.0.1:1935' }), { instanceOf: RelayInputError });
});

test('the same work can be sent to another output for comparisons; logged addresses lose credentials and query', (t) => {
  const plan = planRelay({ camera: 'cam-11680-00042', sourceUrl: 'rtmp://127.0.0.1:1936/cam/cam-11680-00042', probe: h264, rtmpBase: 'rtmp://127.0.0.1:1935' });
  const args = argsWithOutput(plan, '/dev/null');
  t.deepEqual(args.slice(0, -2), plan.args.slice(0, -1));
  t.deepEqual(args.slice(-2), ['-y', '/dev/null']);
  t.is(redactUrl('rtsp://admin:secret@10.1.2.3:554/h264?token=abc'), 'rtsp://10.1.2.3:554/h264');
  t.is(redactUrl('nonsense'), '(not a URL)');
});
