/**
 * @module connectors/_safety/record-fixtures
 * Records a dispatch connector's fixtures from its simulator, over HTTP on loopback, at a fixed clock:
 * the simulator starts at `startedAt` and is read at `recordedAt` — once for the window a scheduled
 * run asks for then (`window.json`), and once from `pagedFrom` in small pages that exercise the
 * cursor (`paged-N.json`). Used by each connector's `fixtures/record.ts`.
 */
import { writeFileSync } from 'node:fs';

interface Listening {
  url: string;
  close(): Promise<void>;
}

interface FeedPage {
  response: { body: { nextCursor: string | null; hasMore: boolean } };
}

export interface RecordFixturesOptions {
  /** Builds the simulator on the given clock. */
  simulator(now: () => number): Promise<{ listen(port: number): Promise<Listening> }>;
  /** The feed's path, e.g. `/119/incidents`. */
  path: string;
  /** The fixtures folder. */
  dir: URL;
  startedAt: number;
  recordedAt: number;
  /** `YYYYMMDDHHmmss` in KST. */
  from: string;
  pagedFrom: string;
  pagedLimit: number;
}

export async function recordFixtures(o: RecordFixturesOptions): Promise<void> {
  const write = (name: string, body: unknown): void => writeFileSync(new URL(`./${name}`, o.dir), `${JSON.stringify(body, null, 1)}\n`);
  const clock = { t: o.startedAt };
  const sim = await o.simulator(() => clock.t);
  clock.t = o.recordedAt;
  const server = await sim.listen(0);
  try {
    const get = async (q: string): Promise<FeedPage> => (await (await fetch(`${server.url}${o.path}?${q}`)).json()) as FeedPage;
    write('window.json', await get(`from=${o.from}&limit=500`));
    let body = await get(`from=${o.pagedFrom}&limit=${o.pagedLimit}`);
    for (let page = 1; ; page++) {
      write(`paged-${page}.json`, body);
      if (!body.response.body.hasMore || body.response.body.nextCursor === null) break;
      body = await get(`since=${body.response.body.nextCursor}&limit=${o.pagedLimit}`);
    }
  } finally {
    await server.close();
  }
}
