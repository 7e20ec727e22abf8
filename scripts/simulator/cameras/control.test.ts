import test from 'ava';
import { parseCommand, SimulatorEventSchema } from './control.ts';

test('commands on stdin', (t) => {
  t.deepEqual(parseCommand(' stop cam-11680-90001 '), { op: 'stop', camera: 'cam-11680-90001' });
  t.deepEqual(parseCommand('start cam-11680-90001'), { op: 'start', camera: 'cam-11680-90001' });
  t.deepEqual(parseCommand('list'), { op: 'list' });
  for (const bad of ['stop', 'restart cam-1', 'stop a b', '', 'list x']) t.is(parseCommand(bad), null, bad);
});

test('events are validated', (t) => {
  t.true(SimulatorEventSchema.safeParse({ event: 'stopped', camera: 'x' }).success);
  t.false(SimulatorEventSchema.safeParse({ event: 'ready', cameras: [] }).success);
});
