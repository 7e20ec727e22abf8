import test from 'ava';
import { resultOf, tableOf, type VideoRunFigures } from './report.ts';

const figures: VideoRunFigures = {
  cameras: 16, size: '640x360', fps: 15, codec: 'h264', tile: '320x180', renderFps: 15, modes: { remux: 16, transcode: 0 },
  cpuWindowS: 30,
  relay: { serverCpuS: 1.2, ffmpegCpuS: 2.4 },
  baselineCpuS: 3.0,
  mediaRoleIdleShare: 0.01,
  relayChangesInWindow: 0,
  relayWithViewers: { windowS: 30, serverCpuS: 2.4, ffmpegCpuS: 2.4 },
  latency: { windowS: 30, samplesMs: Array.from({ length: 100 }, (_, i) => 300 + i * 10), readings: 110, tilesPlaying: 16, renderer: 'SwiftShader' },
};

test('CPU per stream-second, the ratio to bare ffmpeg and the latency percentiles, with goals', (t) => {
  const r = resultOf(figures);
  t.is(r['relay_cpu_s_per_stream_s'], 0.0075);
  t.is(r['baseline_cpu_s_per_stream_s'], 0.00625);
  t.is(r['relay_cpu_ratio'], 1.2);
  t.false(r['relay_cpu_goal_met']);
  t.is(r['media_server_cpu_s_per_stream_s'], 0.0025);
  t.is(r['relay_cpu_ratio_without_idle_process'], 1.1, '(3.6 - 0.3) / 480 / 0.00625');
  t.is(r['relay_cpu_with_viewers_s_per_stream_s'], 0.01);
  t.is(r['latency_p50_ms'], 790);
  t.is(r['latency_p95_ms'], 1240);
  t.false(r['latency_goal_met']);
  t.is(r['latency_decoded_share'], 0.909);
  t.is(r['cameras'], 16);
  t.regex(tableOf(figures), /ratio +1\.2 +goal ≤ 1\.1: MISSED/);
});

test('a run without the latency phase reports no latency rather than zero', (t) => {
  const r = resultOf({ ...figures, latency: null, relayWithViewers: null });
  t.is(r['latency_p95_ms'], null);
  t.false(r['latency_goal_met']);
  t.is(r['relay_cpu_with_viewers_s_per_stream_s'], null);
  t.notRegex(tableOf({ ...figures, latency: null, relayWithViewers: null }), /on-screen/);
});
