import test from 'ava';
import { connectors } from '../registry.ts';
import { ConnectorManifestSchema } from './manifest.ts';

const valid = {
  id: 'seoul-air', title: { ko: '가', en: 'a' }, department: { ko: '나', en: 'b' }, protocol: 'http-json',
  schedule: { every: 60_000 }, secrets: ['SEOUL_OPENAPI_KEY'], emits: ['air.observed'], staleAfterSeconds: 7200, synthetic: false, attribution: 'x',
};

test('a valid manifest parses, with config defaulting to none', (t) => {
  t.deepEqual(ConnectorManifestSchema.parse(valid).config, []);
  t.true(ConnectorManifestSchema.safeParse({ ...valid, schedule: { pattern: '*/5 * * * *', tz: 'Asia/Seoul' } }).success);
});

test('bad manifests are refused', (t) => {
  for (const bad of [
    { ...valid, id: 'Seoul_Air' },
    { ...valid, protocol: 'ftp' },
    { ...valid, schedule: { every: 10 } },
    { ...valid, schedule: { every: 60_000, pattern: '* * * * *', tz: 'UTC' } },
    { ...valid, secrets: ['lower'] },
    { ...valid, emits: ['air'] },
    { ...valid, title: { ko: '가' } },
  ]) t.false(ConnectorManifestSchema.safeParse(bad).success, JSON.stringify(bad));
});

test('the registry holds connectors with unique ids', (t) => {
  const ids = connectors.map((c) => c.manifest.id);
  t.true(ids.includes('seoul-air'));
  t.is(new Set(ids).size, ids.length);
});
