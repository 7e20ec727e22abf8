import test from 'ava';
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import type { EventBatch, QuarantineRecord } from '../contracts/index.ts';
import type { Bus } from '../bus/bus.ts';
import { createMemoryBus } from '../bus/memory-bus.ts';
import { connectNatsBus } from '../bus/nats-bus.ts';
import type { ReadingRow } from './readings-of.ts';
import { startStoreWriter } from './store-writer.ts';

const log = pino({ level: 'silent' });
const NATS_URL = process.env['NATS_URL'] ?? 'nats://127.0.0.1:4222';

function batch(n: number, batchId: string): EventBatch {
  const events = Array.from({ length: n }, (_, i) => ({
    v: 1 as const,
    id: `${batchId}:${i}`,
    source: 'seoul-air',
    kind: 'air.observed',
    observedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    entity: `station:${batchId}-${i}`,
    district: '11680',
    payload: { station: 's', period: '1h', values: { pm10: i, pm25: 1, o3: 0.01, no2: 0.02, co: 0.3, so2: 0.003 } },
  }));
  return { v: 1, source: 'seoul-air', batchId, publishedAt: Date.now(), events };
}

/** A sink that behaves like the readings table: unique natural key, and it fails on demand. */
function flakySink(failures: number) {
  const stored = new Map<string, number | null>();
  let left = failures;
  return {
    stored,
    async write(rows: ReadingRow[]) {
      if (left-- > 0) throw new Error('database refuses writes');
      let inserted = 0;
      for (const r of rows) {
        const key = `${r.source}|${r.entity}|${r.metric}|${r.time.toISOString()}`;
        if (!stored.has(key)) (stored.set(key, r.value), inserted++);
      }
      return { received: rows.length, inserted };
    },
  };
}

async function until(cond: () => boolean, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const buses: [string, () => Promise<Bus>][] = [
  ['memory', async () => createMemoryBus(log)],
  ['nats', () => connectNatsBus({ url: NATS_URL, name: 'scpm-test', namespace: `t${randomBytes(4).toString('hex')}`, ephemeral: true, maxBytes: 64 * 1024 ** 2 }, log)],
];

for (const [name, open] of buses) {
  test(`${name}: failures, duplicates and a bad message lose nothing and store nothing twice`, async (t) => {
    const bus = await open();
    const domain = `zq${randomBytes(4).toString('hex').replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'a')}`;
    const sink = flakySink(2);
    const quarantined: QuarantineRecord[] = [];
    const consumption = await startStoreWriter({
      bus,
      log,
      now: Date.now,
      writeReadings: (rows) => sink.write(rows),
      quarantine: async (r) => void quarantined.push(...r),
      durable: `test-${domain}`,
      filter: `city.${domain}.>`,
      maxMessages: 2,
    });
    const subject = `city.${domain}.observed.11680`;
    const batches = [batch(50, `${domain}-a`), batch(30, `${domain}-b`), batch(20, `${domain}-c`)];
    for (const b of batches) await bus.publishBatch(subject, b);
    await bus.publishBatch(subject, batches[0]!); // same msgID: deduplicated by the bus
    await bus.publishBatch(subject, { ...batches[1]!, batchId: `${domain}-b-again` }); // same events again
    await bus.publishBatch(subject, { v: 1, source: 'seoul-air', batchId: `${domain}-bad`, publishedAt: 0, events: [] });
    await until(() => sink.stored.size === 100 * 6 && quarantined.length === 1);
    await new Promise((r) => setTimeout(r, 300));
    t.is(sink.stored.size, 600);
    t.is(quarantined[0]?.source, 'seoul-air');
    t.regex(quarantined[0]?.reason ?? '', /events/);
    await consumption.remove();
    await bus.close();
  });
}
