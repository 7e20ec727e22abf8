import test from 'ava';
import { Hono } from 'hono';
import { API_BODY_LIMIT_BYTES, requestBodyLimit } from './body-limit.ts';

function app(max?: number) {
  const a = new Hono();
  a.use('/api/*', requestBodyLimit(max));
  a.post('/api/echo', async (c) => c.json({ bytes: (await c.req.text()).length }));
  a.get('/api/echo', (c) => c.json({ bytes: 0 }));
  return a;
}

const jsonOf = (bytes: number): string => JSON.stringify({ s: 'x'.repeat(bytes - 8) });

/** A body streamed in chunks, with no Content-Length (Transfer-Encoding: chunked on the wire). */
const streamed = (text: string): ReadableStream<Uint8Array> => {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += 16 * 1024)));
    },
  });
};

test('the API reads JSON bodies up to 256 KiB', async (t) => {
  t.is(API_BODY_LIMIT_BYTES, 262_144);
  const body = jsonOf(API_BODY_LIMIT_BYTES);
  t.is(body.length, API_BODY_LIMIT_BYTES);
  const res = await app().request('/api/echo', { method: 'POST', body, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
  t.is(res.status, 200);
  t.deepEqual(await res.json(), { bytes: API_BODY_LIMIT_BYTES });
});

test('one byte more is a 413 problem, whether the length is declared or the body streams', async (t) => {
  const body = jsonOf(API_BODY_LIMIT_BYTES + 1);
  const declared = await app().request('/api/echo', { method: 'POST', body, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
  const chunked = await app().request('/api/echo', { method: 'POST', body: streamed(body), headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);
  for (const res of [declared, chunked]) {
    t.is(res.status, 413);
    t.is(res.headers.get('content-type'), 'application/problem+json');
    t.like(await res.json(), { type: '/problems/payload-too-large', title: 'Request body too large', status: 413, instance: '/api/echo' });
  }
});

test('a body that lies about its length is still cut off, and small streamed bodies reach the route intact', async (t) => {
  const a = app(1024);
  const ok = await a.request('/api/echo', { method: 'POST', body: streamed('y'.repeat(1000)), duplex: 'half' } as RequestInit);
  t.deepEqual(await ok.json(), { bytes: 1000 });
  const lying = await a.request('/api/echo', { method: 'POST', body: streamed('y'.repeat(5000)), headers: { 'transfer-encoding': 'chunked', 'content-length': '10' }, duplex: 'half' } as RequestInit);
  t.is(lying.status, 413);
  t.is((await a.request('/api/echo')).status, 200, 'requests without a body pass');
});
