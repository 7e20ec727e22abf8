import test from 'ava';
import { CommandRequestError, commandRoutes, type Fetch } from './commands.ts';

const answer = (status: number, body: unknown): ReturnType<Fetch> =>
  Promise.resolve({ ok: status < 400, status, statusText: `status ${status}`, json: async () => body });

test('interpret posts the words and checks the answer', async (t) => {
  const calls: Array<{ url: string; body: unknown }> = [];
  const routes = commandRoutes('http://wall.local', (url, init) => {
    calls.push({ url, body: JSON.parse(init.body) });
    return answer(200, { kind: 'command', command: { type: 'select-district', district: '11680' }, confidence: 1, allowed: true });
  });
  const r = await routes.interpret({ utterance: '강남구 보여줘', lang: 'ko', selection: { district: '11110' } });
  t.deepEqual(r, { kind: 'command', command: { type: 'select-district', district: '11680' }, confidence: 1, allowed: true });
  t.deepEqual(calls, [{ url: 'http://wall.local/api/v1/commands/interpret', body: { utterance: '강남구 보여줘', lang: 'ko', selection: { district: '11110' } } }]);
});

test('issue posts to the wall’s address; a refusal carries the problem’s detail, a bad answer is an error too', async (t) => {
  const ok = commandRoutes('', (url) => (url === '/api/v1/walls/gu-11680/commands' ? answer(202, { wall: 'gu-11680', ids: ['7'] }) : answer(404, {})));
  t.deepEqual(await ok.issue('gu-11680', { commands: [{ type: 'mute' }], source: 'keyboard' }), { wall: 'gu-11680', ids: ['7'] });
  const refused = commandRoutes('', () => answer(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'this wall is not yours' }));
  const e = await t.throwsAsync(refused.issue('mayor', { commands: [{ type: 'mute' }], source: 'keyboard' }), { instanceOf: CommandRequestError });
  t.is(e?.status, 403);
  t.is(e?.detail, 'this wall is not yours');
  const bare = commandRoutes('', () => answer(500, null));
  t.is((await t.throwsAsync(bare.interpret({ utterance: 'x' }), { instanceOf: CommandRequestError }))?.detail, 'status 500');
  const odd = commandRoutes('', () => answer(200, { kind: 'maybe' }));
  t.regex((await t.throwsAsync(odd.interpret({ utterance: 'x' }), { instanceOf: CommandRequestError }))?.detail ?? '', /^unexpected answer/);
  const down = commandRoutes('', () => Promise.reject(new Error('fetch failed')));
  t.is((await t.throwsAsync(down.interpret({ utterance: 'x' }), { instanceOf: CommandRequestError }))?.status, 0);
});
