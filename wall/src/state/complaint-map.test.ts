import test from 'ava';
import { builtInLayout } from '../../../server/layouts/defaults.ts';
import { PALETTE } from './colors.ts';
import { classesFor, classOf, complaintModeOf, COMPLAINT_RAMP, districtValue, fillOfValue, legendRanges, niceStep, valueText } from './complaint-map.ts';
import { complaintKpiBoard } from './testing/opinion-fixtures.ts';
import { createWallState } from './wall-state.ts';

const NOW = Date.parse('2025-05-01T05:00:00Z');

test('the layer decides the figure: the open backlog unless per 10,000 residents is asked for', (t) => {
  t.is(complaintModeOf(['complaints', 'labels']), 'open');
  t.is(complaintModeOf(['complaints-per-10k', 'labels']), 'per10k');
  t.is(complaintModeOf(undefined), 'open');
});

test('each gu’s figure from its KPIs; per 10k from its residents', (t) => {
  const s = createWallState(builtInLayout('mayor'), NOW);
  t.is(districtValue(s, '11680', 'open', 550_000), null, 'no KPIs yet');
  s.complaintKpis = complaintKpiBoard(NOW).kpis;
  t.is(districtValue(s, '11680', 'open', null), 63);
  const received = s.complaintKpis.find((k) => k.scope.kind === 'district' && k.scope.district === '11680')!.received;
  t.is(districtValue(s, '11680', 'per10k', 550_000), (received / 550_000) * 10_000);
  t.is(districtValue(s, '11680', 'per10k', null), null);
  t.is(districtValue(s, '11680', 'per10k', 0), null);
});

test('round steps: five classes cover the largest gu', (t) => {
  t.is(niceStep(63 / 5, 1), 20);
  t.is(niceStep(12, 1), 20);
  t.is(niceStep(10, 1), 10);
  t.is(niceStep(0.7, 1), 1);
  t.is(niceStep(0.42, 0.1), 0.5);
  t.is(niceStep(2.2, 0.1), 2.5);
  t.is(niceStep(0, 0.1), 0.1);
  const c = classesFor([63, 4, null, 30], 'open');
  t.is(c.step, 20);
  t.deepEqual([0, 19, 20, 63, 500].map((v) => classOf(v, c)), [0, 0, 1, 3, 4]);
  t.is(fillOfValue(null, c), PALETTE.noData);
  t.is(fillOfValue(63, c), COMPLAINT_RAMP[3]!);
});

test('the key reads as plain ranges; figures as counts or one decimal', (t) => {
  t.deepEqual(legendRanges('en', { step: 20, colors: COMPLAINT_RAMP }, 'open'), ['0–19', '20–39', '40–59', '60–79', '80+']);
  t.deepEqual(legendRanges('en', { step: 1, colors: COMPLAINT_RAMP }, 'open'), ['0', '1', '2', '3', '4+']);
  t.deepEqual(legendRanges('ko', { step: 2.5, colors: COMPLAINT_RAMP }, 'per10k'), ['0–2.5', '2.5–5', '5–7.5', '7.5–10', '10+']);
  t.is(valueText('en', 1234, 'open'), '1,234');
  t.is(valueText('en', 3.456, 'per10k'), '3.5');
  t.is(valueText('ko', null, 'open'), '—');
});
