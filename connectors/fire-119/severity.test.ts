import test from 'ava';
import { readFileSync } from 'node:fs';
import { fireSeverity } from './severity.ts';

test('deaths, injuries and damage decide, first match wins', (t) => {
  t.is(fireSeverity({ deaths: 1, injuries: 0, damageKrwThousands: 0 }), 'critical');
  t.is(fireSeverity({ deaths: 0, injuries: 2, damageKrwThousands: 0 }), 'major');
  t.is(fireSeverity({ deaths: 0, injuries: 0, damageKrwThousands: 50_000 }), 'major');
  t.is(fireSeverity({ deaths: 0, injuries: 1, damageKrwThousands: 10 }), 'moderate');
  t.is(fireSeverity({ deaths: 0, injuries: 0, damageKrwThousands: 5_000 }), 'moderate');
  t.is(fireSeverity({ deaths: 0, injuries: 0, damageKrwThousands: 4_999 }), 'minor');
  t.is(fireSeverity({ deaths: null, injuries: null, damageKrwThousands: null }), 'minor');
});

test('the distribution over the real 2021 fires is the one documented', (t) => {
  const csv = readFileSync(new URL('../../scripts/simulator/data/seoul_fire_dispatch_incidents_2021_jan_nov.csv', import.meta.url), 'utf8');
  const counts: Record<string, number> = {};
  for (const line of csv.trim().split('\n').slice(1)) {
    const [d, i, m] = line.split(',').map(Number) as [number, number, number];
    const s = fireSeverity({ deaths: d, injuries: i, damageKrwThousands: m });
    counts[s] = (counts[s] ?? 0) + 1;
  }
  t.deepEqual(counts, { critical: 8, major: 13, moderate: 91, minor: 693 });
});
