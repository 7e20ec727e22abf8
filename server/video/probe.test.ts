import test from 'ava';
import { parseProbe, parseRate, probeArgs, ProbeError } from './probe.ts';

test('the first video stream with a size is read from ffprobe JSON', (t) => {
  const json = {
    streams: [
      { index: 0, codec_type: 'audio', codec_name: 'aac' },
      { index: 1, codec_type: 'video', codec_name: 'h264', profile: 'High', width: 1280, height: 720, pix_fmt: 'yuv420p', r_frame_rate: '30/1', avg_frame_rate: '30000/1001' },
    ],
  };
  t.deepEqual(parseProbe(json), { codec: 'h264', width: 1280, height: 720, fps: 30000 / 1001, pixFmt: 'yuv420p', profile: 'High' });
});

test('missing rates fall back, absurd ones are null; optional fields are null', (t) => {
  t.is(parseRate('0/0'), null);
  t.is(parseRate('1000/1'), null);
  t.is(parseRate('15/1'), 15);
  t.is(parseRate(undefined), null);
  t.deepEqual(parseProbe({ streams: [{ codec_name: 'hevc', width: 2560, height: 1440, avg_frame_rate: '0/0', r_frame_rate: '25/1' }] }), {
    codec: 'hevc', width: 2560, height: 1440, fps: 25, pixFmt: null, profile: null,
  });
});

test('no stream list, no video or no size is a ProbeError', (t) => {
  t.throws(() => parseProbe({}), { instanceOf: ProbeError });
  t.throws(() => parseProbe('garbage'), { instanceOf: ProbeError });
  t.throws(() => parseProbe({ streams: [{ codec_type: 'audio', codec_name: 'aac' }] }), { instanceOf: ProbeError });
  t.throws(() => parseProbe({ streams: [{ codec_type: 'video', codec_name: 'h264', width: 0, height: 0 }] }), { instanceOf: ProbeError });
});

test('ffprobe waits 1 s at most for streams, and uses TCP for RTSP', (t) => {
  const rtsp = probeArgs('rtsp://10.0.0.7/s');
  t.true(rtsp.includes('-analyzeduration') && rtsp[rtsp.indexOf('-analyzeduration') + 1] === '1000000');
  t.deepEqual(rtsp.slice(-3), ['-rtsp_transport', 'tcp', 'rtsp://10.0.0.7/s']);
  t.false(probeArgs('rtmp://127.0.0.1/cam/x').includes('-rtsp_transport'));
});
