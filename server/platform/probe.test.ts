import test from 'ava';
import { createServer } from 'node:net';
import { tcpReachable } from './probe.ts';

test('reachable when something listens, not when nothing does', async (t) => {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as { port: number }).port;
  t.true(await tcpReachable(`redis://127.0.0.1:${port}`, 6379));
  t.true(await tcpReachable(`nats://127.0.0.1:${port},nats://127.0.0.1:1`, 4222));
  await new Promise((r) => server.close(r));
  t.false(await tcpReachable(`postgres://127.0.0.1:${port}/x`, 5432));
  t.false(await tcpReachable('not a url at all ::', 1));
});
