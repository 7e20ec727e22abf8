import test from 'ava';
import { ConnectorManifestSchema } from '../_kit/manifest.ts';
import { envNamesOf, open311ManifestOf } from './manifest.ts';

test('the default manifest is complete and valid', (t) => {
  const { timeZone, ...m } = open311ManifestOf();
  t.is(timeZone, 'Asia/Seoul');
  const parsed = ConnectorManifestSchema.parse(m);
  t.like(parsed, { id: 'open311', secrets: ['OPEN311_API_KEY'], config: ['OPEN311_BASE_URL', 'OPEN311_FORMAT', 'OPEN311_JURISDICTION_ID'], emits: ['complaint.filed', 'complaint.status'], synthetic: false });
  t.regex(parsed.attribution, /Code for America.*MIT/);
});

test('another endpoint gets its own names', (t) => {
  t.deepEqual(envNamesOf('SEOUL311'), { baseUrl: 'SEOUL311_BASE_URL', format: 'SEOUL311_FORMAT', jurisdiction: 'SEOUL311_JURISDICTION_ID', apiKey: 'SEOUL311_API_KEY' });
  const m = open311ManifestOf({ id: 'open311-seoul', envPrefix: 'SEOUL311', synthetic: true, schedule: { every: 60_000 }, timeZone: 'UTC' });
  t.like(m, { id: 'open311-seoul', synthetic: true, schedule: { every: 60_000 }, timeZone: 'UTC', secrets: ['SEOUL311_API_KEY'] });
});
