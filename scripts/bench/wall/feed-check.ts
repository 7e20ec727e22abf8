/**
 * @module scripts/bench/wall/feed-check
 * Checks the load the wall would get: a `/live` WebSocket client subscribed to every fed channel,
 * counting the updates it receives per second (`npm run bench:wall -- --feed-check 10`).
 */
import WebSocket from 'ws';
import { ServerMessageSchema } from '../../../server/contracts/live-protocol.ts';

export interface FeedCheck {
  snapshots: number;
  updates: number;
  invalid: number;
  updatesPerS: number;
  seconds: number;
}

/** Subscribes to `channels` at `${baseUrl}/live` and counts messages over `seconds` after the snapshots. */
export async function checkLiveRate(baseUrl: string, channels: readonly string[], seconds: number): Promise<FeedCheck> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/live`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const counts = { snapshots: 0, updates: 0, invalid: 0 };
  let countedUpdates = 0;
  let counting = false;
  ws.on('message', (raw: WebSocket.RawData) => {
    const parsed = ServerMessageSchema.safeParse(JSON.parse(raw.toString()));
    if (!parsed.success) counts.invalid += 1;
    else if (parsed.data.type === 'snapshot') counts.snapshots += 1;
    else if (parsed.data.type === 'update') {
      counts.updates += 1;
      if (counting) countedUpdates += 1;
    }
  });
  ws.send(JSON.stringify({ type: 'subscribe', channels }));
  await new Promise((r) => setTimeout(r, 1000));
  counting = true;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const elapsed = (performance.now() - t0) / 1000;
  counting = false;
  ws.close();
  return { ...counts, updatesPerS: Math.round(countedUpdates / elapsed), seconds: Math.round(elapsed * 10) / 10 };
}
