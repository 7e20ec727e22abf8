import test from 'ava';
import type { ClientMessage, ServerMessage } from '../../../server/contracts/index.ts';
import { createLiveClient, type LiveClientOptions, type SocketLike } from './live-client.ts';

/** A WebSocket stand-in: the test opens it, feeds it messages and closes it from the server side. */
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: ClientMessage[] = [];
  closedByClient = false;
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  constructor(private readonly autoPong = false) {}
  send(data: string): void {
    const msg = JSON.parse(data) as ClientMessage;
    this.sent.push(msg);
    if (this.autoPong && msg.type === 'ping') queueMicrotask(() => this.receive(JSON.stringify({ type: 'pong', t: msg.t })));
  }
  close(): void {
    if (this.readyState === 3) return;
    this.closedByClient = true;
    this.readyState = 3;
    queueMicrotask(() => this.onclose?.({}));
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  receive(data: unknown): void {
    this.onmessage?.({ data });
  }
  /** The server goes away. */
  drop(): void {
    this.readyState = 3;
    this.onclose?.({});
  }
  subscriptions = (): ClientMessage[] => this.sent.filter((m) => m.type !== 'ping');
  pings = (): number => this.sent.filter((m) => m.type === 'ping').length;
}

const until = async (what: () => boolean): Promise<void> => {
  while (!what()) await new Promise((r) => setTimeout(r, 5));
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function harness(t: { teardown: (fn: () => void) => void }, options: Partial<LiveClientOptions> & { autoPong?: boolean } = {}) {
  const sockets: FakeSocket[] = [];
  const statuses: string[] = [];
  const messages: ServerMessage[] = [];
  const invalid: string[] = [];
  const { autoPong = false, ...rest } = options;
  const client = createLiveClient({
    url: 'ws://wall.test/live',
    createSocket: () => {
      const s = new FakeSocket(autoPong);
      sockets.push(s);
      return s;
    },
    onMessage: (m) => messages.push(m),
    onStatus: (s, attempt) => statuses.push(`${s}:${attempt}`),
    onInvalid: (reason) => invalid.push(reason),
    random: () => 0,
    ...rest,
  });
  t.teardown(() => client.close());
  const socket = (i: number): FakeSocket => {
    const s = sockets[i];
    if (!s) throw new Error(`no socket #${i}`);
    return s;
  };
  return { client, sockets, socket, statuses, messages, invalid };
}

test('subscribes the wanted channels once the socket opens', (t) => {
  const h = harness(t);
  h.client.want(['air/city/latest', 'sources/city/all']);
  t.deepEqual(h.socket(0).sent, [], 'nothing is sent before the socket is open');
  h.socket(0).open();
  t.deepEqual(h.socket(0).sent, [{ type: 'subscribe', channels: ['air/city/latest', 'sources/city/all'] }]);
  t.deepEqual(h.statuses, ['connecting:0', 'open:0']);
});

test('want() sends only the difference', (t) => {
  const h = harness(t);
  h.socket(0).open();
  h.client.want(['air/city/latest', 'sources/city/all']);
  h.client.want(['sources/city/all', 'air/district/11680']);
  h.client.want(['air/district/11680', 'sources/city/all']);
  h.client.want([]);
  t.deepEqual(h.socket(0).sent, [
    { type: 'subscribe', channels: ['air/city/latest', 'sources/city/all'] },
    { type: 'subscribe', channels: ['air/district/11680'] },
    { type: 'unsubscribe', channels: ['air/city/latest'] },
    { type: 'unsubscribe', channels: ['air/district/11680', 'sources/city/all'] },
  ]);
});

test('after the socket closes it reports lost, reconnects and subscribes every wanted channel again', async (t) => {
  const h = harness(t);
  h.socket(0).open();
  h.client.want(['air/city/latest', 'sources/city/all']);
  h.client.want(['sources/city/all', 'air/district/11680']);
  h.socket(0).drop();
  t.deepEqual(h.statuses, ['connecting:0', 'open:0', 'lost:1']);
  h.client.want(['sources/city/all', 'air/district/11680', 'air/district/11110']);
  await until(() => h.sockets.length === 2);
  t.is(h.statuses.at(-1), 'connecting:1');
  h.socket(1).open();
  t.deepEqual(h.socket(1).sent, [{ type: 'subscribe', channels: ['sources/city/all', 'air/district/11680', 'air/district/11110'] }]);
  t.is(h.statuses.at(-1), 'open:0');
  t.is(h.socket(0).subscriptions().length, 3, 'nothing more went to the closed socket');
});

test('an error closes the socket and leads to a retry', async (t) => {
  const h = harness(t);
  h.socket(0).onerror?.({});
  t.true(h.socket(0).closedByClient);
  await until(() => h.sockets.length === 2);
  t.deepEqual(h.statuses, ['connecting:0', 'lost:1', 'connecting:1']);
});

test('invalid JSON and invalid messages go to onInvalid, never to onMessage', (t) => {
  const h = harness(t);
  h.socket(0).open();
  h.socket(0).receive('{not json');
  h.socket(0).receive(JSON.stringify({ type: 'update', channel: 'air/city/latest', data: 1 }));
  h.socket(0).receive(JSON.stringify({ type: 'hello' }));
  h.socket(0).receive(JSON.stringify({ type: 'snapshot', channel: 'no channel', data: null, at: null }));
  t.is(h.invalid.length, 4);
  t.is(h.invalid[0], 'not JSON');
  t.deepEqual(h.messages, []);
  h.socket(0).receive(JSON.stringify({ type: 'update', channel: 'air/city/latest', data: [], at: '2025-05-01T05:00:00Z' }));
  t.deepEqual(h.messages, [{ type: 'update', channel: 'air/city/latest', data: [], at: '2025-05-01T05:00:00Z' }]);
});

test('a link that answers pings stays up', async (t) => {
  const h = harness(t, { pingEveryMs: 20, silenceMs: 1000, autoPong: true });
  h.socket(0).open();
  await until(() => h.socket(0).pings() >= 5);
  t.false(h.socket(0).closedByClient);
  t.is(h.sockets.length, 1);
  t.true(h.messages.filter((m) => m.type === 'pong').length >= 4, 'the pongs reached onMessage');
});

test('a silent connection is dropped and reconnected', async (t) => {
  const h = harness(t, { pingEveryMs: 20, silenceMs: 300 });
  h.socket(0).open();
  h.client.want(['air/city/latest']);
  await until(() => h.sockets.length === 2);
  t.true(h.socket(0).closedByClient);
  t.true(h.socket(0).pings() >= 1, 'it pinged before giving up');
  t.deepEqual(h.statuses, ['connecting:0', 'open:0', 'lost:1', 'connecting:1']);
  h.socket(1).open();
  t.deepEqual(h.socket(1).subscriptions(), [{ type: 'subscribe', channels: ['air/city/latest'] }]);
});

test('close() stops reconnecting', async (t) => {
  const h = harness(t);
  h.socket(0).open();
  h.socket(0).drop();
  t.is(h.statuses.at(-1), 'lost:1');
  h.client.close();
  await sleep(700); // longer than the first retry delay (400 ms with random() = 0)
  t.is(h.sockets.length, 1);
  const open = harness(t);
  open.socket(0).open();
  open.client.close();
  t.true(open.socket(0).closedByClient);
  await sleep(10);
  t.deepEqual(open.statuses, ['connecting:0', 'open:0'], 'closing on purpose is not a lost connection');
});
