import test from 'ava';
import { runIntoRecorder } from '../../connectors/_kit/testing.ts';
import { erBeds } from '../../connectors/er-beds/index.ts';
import { fire119 } from '../../connectors/fire-119/index.ts';
import { police112 } from '../../connectors/police-112/index.ts';
import { startSafetySimulators } from './safety.ts';

const t0 = Date.parse('2024-05-01T03:00:00Z');

test('one server, three systems; each connector reads its own over loopback', async (t) => {
  const clock = { t: t0 };
  const sims = await startSafetySimulators({ port: 0, now: () => clock.t, lifecycleSpeedup: 20 });
  try {
    t.regex(sims.urls.fire119, /^http:\/\/127\.0\.0\.1:\d+\/119$/);
    t.is(sims.urls.police112, `${sims.url}/112`);
    t.is(sims.urls.erBeds, `${sims.url}/er`);
    clock.t = t0 + 10 * 60_000;
    const config = { FIRE_119_BASE_URL: sims.urls.fire119, POLICE_112_BASE_URL: sims.urls.police112, ER_BEDS_BASE_URL: sims.urls.erBeds };
    const now = () => clock.t;
    const [fire, police, er] = await Promise.all([fire119, police112, erBeds].map((c) => runIntoRecorder(c, { config, now })));
    t.like(fire!.run, { outcome: 'ok', dropped: 0 });
    t.like(police!.run, { outcome: 'ok', dropped: 0 });
    t.like(er!.run, { outcome: 'ok', emitted: 30, dropped: 0 });
    t.true(fire!.run!.emitted > 20 && police!.run!.emitted > 20, `${fire!.run!.emitted} fire, ${police!.run!.emitted} police events`);
    t.true(police!.publisher.events().filter((e) => e.kind === 'incident.reported').every((e) => (e.payload as { synthetic: boolean }).synthetic));
    t.true(fire!.publisher.events().filter((e) => e.kind === 'incident.reported').every((e) => !(e.payload as { synthetic: boolean }).synthetic));
    t.is((await fetch(`${sims.url}/other`)).status, 404);
    t.is((await fetch(`${sims.url}/1199/incidents`)).status, 404);
  } finally {
    await sims.close();
  }
});
