import test from 'ava';
import { ConfigError, loadConfig } from './config.ts';

test('defaults point at the local services', (t) => {
  const c = loadConfig({});
  t.is(c.PORT, 8080);
  t.is(c.NATS_URL, 'nats://127.0.0.1:4222');
  t.deepEqual(c.ROLES, ['api', 'actors', 'writer', 'connectors', 'media']);
});

test('roles and numbers are parsed', (t) => {
  const c = loadConfig({ ROLES: 'api, writer', PORT: '9000' });
  t.deepEqual(c.ROLES, ['api', 'writer']);
  t.is(c.PORT, 9000);
});

test('a bad value names the variable', (t) => {
  const err = t.throws(() => loadConfig({ PORT: 'eighty', ROLES: 'api,cook' }), { instanceOf: ConfigError });
  t.regex(err.message, /PORT/);
  t.regex(err.message, /ROLES/);
});

test('the shard index must be within the shard count', (t) => {
  t.throws(() => loadConfig({ ACTOR_SHARDS: '2', ACTOR_SHARD: '2' }), { message: /ACTOR_SHARD/ });
});
