import test from 'ava';
import { IncidentBoardSchema, type IncidentEscalation } from '../../contracts/index.ts';
import { addEscalation, selectBoard } from './board.ts';
import { foldAll, iso, progress, reported, T0 } from './testing.ts';

const M = 60_000;
const open = (n: string, at: number) => foldAll([reported(n, at)]);
const resolved = (n: string, at: number, resolvedAt: number) => foldAll([reported(n, at), progress(n, 'resolved', resolvedAt)]);

test('open incidents and those resolved within the hour, newest report first', (t) => {
  const now = T0 + 120 * M;
  const { board, truncated } = selectBoard([
    open('a', T0), resolved('b', T0 + 10 * M, T0 + 30 * M), resolved('c', T0 + 20 * M, T0 + 70 * M), open('d', T0 + 100 * M),
  ], now, { resolvedForMs: 60 * M, cap: 10 });
  t.deepEqual(board.incidents.map((i) => i.id), ['fire-119:d', 'fire-119:c', 'fire-119:a']);
  t.is(board.asOf, iso(now));
  t.is(truncated, 0);
  t.true(IncidentBoardSchema.safeParse(board).success);
});

test('the cap keeps open incidents first, then the newest', (t) => {
  const now = T0 + 60 * M;
  const { board, truncated } = selectBoard([
    resolved('r1', T0 + 50 * M, T0 + 55 * M), open('o1', T0), open('o2', T0 + 10 * M), open('o3', T0 + 20 * M),
  ], now, { resolvedForMs: 60 * M, cap: 2 });
  t.deepEqual(board.incidents.map((i) => i.id), ['fire-119:o3', 'fire-119:o2']);
  t.is(truncated, 2);
});

test('escalations: newest first, one per incident and stage, at most max', (t) => {
  const e = (incident: string, at: number, awaiting: IncidentEscalation['awaiting'] = 'arrived'): IncidentEscalation =>
    ({ incident, agency: 'fire', type: 'fire', district: '11680', awaiting, targetS: 420, at: iso(at) });
  let list: IncidentEscalation[] = [];
  list = addEscalation(list, e('fire-119:1', T0), 3);
  list = addEscalation(list, e('fire-119:2', T0 + M), 3);
  list = addEscalation(list, e('fire-119:1', T0), 3);
  list = addEscalation(list, e('fire-119:1', T0 + 2 * M, 'resolved'), 3);
  list = addEscalation(list, e('fire-119:3', T0 + 3 * M), 3);
  t.deepEqual(list.map((x) => `${x.incident}/${x.awaiting}`), ['fire-119:3/arrived', 'fire-119:1/resolved', 'fire-119:2/arrived']);
});
