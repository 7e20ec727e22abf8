/**
 * @module scripts/bench/ingest-source
 * Child process of the ingest benchmark, in one of two roles: `simulator` (the source system serving
 * the CSV; prints {"ready":true,"url":…}) or `connectors` (connector jobs reading it, like a `connectors`
 * worker of the platform; prints {"ready":true}, then on a line "go" on stdin runs its jobs and prints
 * {"done":true,…} or {"error":…}). One JSON object a line on stdout.
 */
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { z } from 'zod';
import { runConnector } from '../../connectors/_kit/runner.ts';
import { seoulAir } from '../../connectors/seoul-air/index.ts';
import { connectNatsBus } from '../../server/bus/nats-bus.ts';
import { STORE_WRITER_DURABLE } from '../../server/ingest/store-writer.ts';
import { createAirSimulator } from '../simulator/simulator.ts';

const Env = z.discriminatedUnion('BENCH_ROLE', [
  z.object({ BENCH_ROLE: z.literal('simulator'), BENCH_FILE: z.string() }),
  z.object({
    BENCH_ROLE: z.literal('connectors'),
    BENCH_SIM_URL: z.string(),
    BENCH_RANGES: z.string(),
    NATS_URL: z.string(),
    BENCH_NAMESPACE: z.string(),
    BENCH_MAX_PENDING: z.coerce.number().int().min(0),
  }),
]);
const env = Env.parse(process.env);
const log = pino({ level: 'warn' }, pino.destination(2));
const send = (msg: unknown): void => void process.stdout.write(`${JSON.stringify(msg)}\n`);

if (env.BENCH_ROLE === 'simulator') {
  const sim = await createAirSimulator({ file: env.BENCH_FILE, speedup: 1 });
  const server = await sim.listen(0, '127.0.0.1');
  send({ ready: true, url: server.url });
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
} else {
  const ranges = z.array(z.tuple([z.string(), z.string()])).parse(JSON.parse(env.BENCH_RANGES));
  const flowControl = env.BENCH_MAX_PENDING > 0 ? { flowControl: { consumer: STORE_WRITER_DURABLE, maxPending: env.BENCH_MAX_PENDING } } : {};
  const bus = await connectNatsBus({ url: env.NATS_URL, namespace: env.BENCH_NAMESPACE, name: 'scpm-bench-connectors', ...flowControl }, log);
  send({ ready: true });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== 'go') continue;
    try {
      const runs = await Promise.all(
        ranges.map(([from, to], i) =>
          runConnector(seoulAir, {
            publisher: bus,
            log,
            now: Date.now,
            fetch: globalThis.fetch,
            config: { SEOUL_OPENAPI_KEY: 'bench', SEOUL_AIR_BASE_URL: env.BENCH_SIM_URL },
            runId: `bench-${from}`,
            params: { mode: 'daily', from, to },
          }),
        ),
      );
      send({ done: true, emitted: runs.reduce((n, r) => n + r.emitted, 0) });
    } catch (err) {
      send({ error: (err as Error).message });
    }
    break;
  }
  await bus.close();
  process.exit(0);
}
