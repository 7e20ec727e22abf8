import test from 'ava';
import { flashOn, INCIDENT_COLORS, markerAt, markerStyle, pulseScale, SEVERITY_RADIUS, styleKey } from './incident-style.ts';

const plain = { runningLate: false, wasLate: false, selected: false };

test('shape by agency, colour by type, size by severity', (t) => {
  const fire = markerStyle({ agency: 'fire', type: 'fire', severity: 'critical', stage: 'arrived' }, plain);
  const theft = markerStyle({ agency: 'police', type: 'theft', severity: 'minor', stage: 'arrived' }, plain);
  t.is(fire.shape, 'circle');
  t.is(theft.shape, 'diamond');
  t.is(fire.color, 0xef4444, 'fire is red');
  t.true(fire.radius > theft.radius);
  t.is(new Set(Object.values(INCIDENT_COLORS)).size, Object.keys(INCIDENT_COLORS).length, 'every type its own colour');
  const radii = (['minor', 'moderate', 'major', 'critical'] as const).map((s) => SEVERITY_RADIUS[s]);
  t.deepEqual([...radii].sort((a, b) => a - b), radii);
});

test('stage: ring and pulse while reported or dispatched, solid on arrival, faded when resolved', (t) => {
  const at = (stage: 'reported' | 'dispatched' | 'arrived' | 'resolved') => markerStyle({ agency: 'fire', type: 'ems', severity: 'major', stage }, plain);
  t.like(at('reported'), { fill: 'hollow', pulse: true });
  t.like(at('dispatched'), { fill: 'half', pulse: true });
  t.like(at('arrived'), { fill: 'solid', pulse: false });
  t.like(at('resolved'), { fill: 'faded', pulse: false });
});

test('late: an open incident running late flashes; one that was late keeps a steady mark', (t) => {
  const i = { agency: 'fire' as const, type: 'fire' as const, severity: 'major' as const, stage: 'dispatched' as const };
  t.like(markerStyle(i, { ...plain, runningLate: true, wasLate: true }), { flashing: true, lateMark: false });
  t.like(markerStyle({ ...i, stage: 'arrived' }, { ...plain, wasLate: true }), { flashing: false, lateMark: true });
  t.like(markerStyle({ ...i, stage: 'resolved' }, { ...plain, runningLate: true, wasLate: true }), { flashing: false, lateMark: true });
  const a = markerStyle(i, plain);
  t.not(styleKey(a), styleKey({ ...a, selected: true }));
  t.is(styleKey(a), styleKey(markerStyle(i, plain)));
});

test('flash and pulse follow the clock: they alternate each second', (t) => {
  t.not(flashOn(10), flashOn(11));
  t.is(flashOn(10), flashOn(12));
  t.not(pulseScale(10), pulseScale(11));
});

test('a tap finds the nearest marker within its reach, the top one among equals, nothing far away', (t) => {
  const markers = [
    { id: 'a', x: 100, y: 100, radius: 20 },
    { id: 'b', x: 130, y: 100, radius: 10 },
    { id: 'c', x: 100, y: 100, radius: 20 },
  ];
  t.is(markerAt(markers, 128, 100)?.id, 'b');
  t.is(markerAt(markers, 100, 100)?.id, 'c', 'drawn last, on top');
  t.is(markerAt(markers, 100, 137, 18)?.id, 'c', 'within radius + slop');
  t.is(markerAt(markers, 100, 139, 18), null);
  t.is(markerAt([], 0, 0), null);
});
