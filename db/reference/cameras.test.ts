import test from 'ava';
import { readFileSync } from 'node:fs';
import { CameraSchema } from '../../server/contracts/camera.ts';
import { CAMERA_KINDS, CameraSourceError, generateCameras, parseCctvCsv, VIEWERS_BY_AGENCY, type DistrictArea } from './cameras.ts';
import { loadCameraRegistry } from './cameras-load.ts';
import type { Area } from './geo.ts';
import { pointInArea } from './sample-area.ts';

const CSV = readFileSync(new URL('./seoul_cctv_by_gu_2016.csv', import.meta.url), 'utf8');
const DISTRICTS = (JSON.parse(readFileSync(new URL('./districts.json', import.meta.url), 'utf8')) as Array<DistrictArea & { geometry: Area }>).map(
  ({ code, nameKo, nameEn, geometry }) => ({ code, nameKo, nameEn, geometry }),
);
const COUNTS = parseCctvCsv(CSV);

test('the CSV: 25 gu, totals and installations per year', (t) => {
  t.is(COUNTS.length, 25);
  t.deepEqual(COUNTS.find((c) => c.gu === '강남구'), {
    gu: '강남구',
    total: 2780,
    byYear: [
      { year: 2013, count: 1292 },
      { year: 2014, count: 430 },
      { year: 2015, count: 584 },
      { year: 2016, count: 932 },
    ],
  });
  t.is(COUNTS.reduce((s, c) => s + c.total, 0), 29_477);
  t.deepEqual(COUNTS.map((c) => c.gu).sort(), DISTRICTS.map((d) => d.nameKo).sort());
});

test('a malformed CSV is refused with the line and the reason', (t) => {
  const header = '"기관명","소계","2013년도 이전","2014년","2015년","2016년"';
  t.throws(() => parseCctvCsv(`${header}\n"강남구","many","1","2","3","4"`), { instanceOf: CameraSourceError, message: /line 2 \(강남구\).*"many"/ });
  t.throws(() => parseCctvCsv(`${header}\n"Gangnam","1","1","2","3","4"`), { instanceOf: CameraSourceError, message: /not a gu name/ });
  t.throws(() => parseCctvCsv('"기관명","소계"\n"강남구","1"'), { instanceOf: CameraSourceError, message: /no column 2013년도 이전/ });
});

test('the registry: Seoul 2016 counts per gu, each camera inside its gu, valid, labelled synthetic', (t) => {
  const cams = generateCameras({ districts: DISTRICTS, counts: COUNTS, seed: 1 });
  t.is(cams.length, 29_477);
  const geometry = new Map(DISTRICTS.map((d) => [d.code, d]));
  const perGu = new Map<string, number>();
  for (const c of cams) {
    perGu.set(c.district, (perGu.get(c.district) ?? 0) + 1);
    const d = geometry.get(c.district)!;
    if (!pointInArea(d.geometry, c.lon, c.lat)) t.fail(`${c.id} at ${c.lon},${c.lat} is outside ${d.nameEn}`);
    CameraSchema.parse({ ...c, streaming: false });
  }
  for (const d of DISTRICTS) t.is(perGu.get(d.code), COUNTS.find((c) => c.gu === d.nameKo)?.total, d.nameEn);
  t.is(new Set(cams.map((c) => c.id)).size, cams.length);
  t.true(cams.every((c) => c.synthetic && c.id.startsWith(`cam-${c.district}-`)));
  t.true(cams.every((c) => c.installedYear !== null && c.installedYear >= 2013 && c.installedYear <= 2016));
  const gangnam = cams.find((c) => c.id === 'cam-11680-00042')!;
  t.regex(gangnam.name.ko, /^강남구 .+ CCTV 0042$/);
  t.regex(gangnam.name.en, /^Gangnam-gu .+ CCTV 0042$/);
});

test('the mix of agencies follows the weights; viewers follow the agency', (t) => {
  const cams = generateCameras({ districts: DISTRICTS, counts: COUNTS, seed: 2 });
  for (const k of CAMERA_KINDS) {
    const share = cams.filter((c) => c.agency === k.agency && c.purpose === k.purpose).length / cams.length;
    t.true(Math.abs(share - k.weight) < 0.01, `${k.agency}/${k.purpose}: ${share}`);
  }
  t.true(cams.every((c) => JSON.stringify(c.viewers) === JSON.stringify(VIEWERS_BY_AGENCY[c.agency])));
  t.true(cams.every((c) => !c.viewers.includes('auditor') && !c.viewers.includes('administrator')));
  t.deepEqual(VIEWERS_BY_AGENCY.police, ['situation-room']);
});

test('installation years follow the CSV columns of the gu', (t) => {
  const cams = generateCameras({ districts: DISTRICTS, counts: COUNTS, seed: 3 }).filter((c) => c.district === '11470'); // 양천구: 1843 of 2482 before 2014
  const early = cams.filter((c) => c.installedYear === 2013).length / cams.length;
  t.true(Math.abs(early - 1843 / 2482) < 0.03, `share of 2013 or before: ${early}`);
});

test('deterministic by seed; each gu independent of the others', (t) => {
  const a = generateCameras({ districts: DISTRICTS, counts: COUNTS, seed: 9 });
  t.deepEqual(generateCameras({ districts: DISTRICTS, counts: COUNTS, seed: 9 }), a);
  const b = generateCameras({ districts: DISTRICTS, counts: COUNTS, seed: 10 });
  t.notDeepEqual(b.slice(0, 10), a.slice(0, 10));
  const onlyGangnam = generateCameras({ districts: DISTRICTS.filter((d) => d.code === '11680'), counts: COUNTS, seed: 9 });
  t.deepEqual(onlyGangnam, a.filter((c) => c.district === '11680'));
});

test('scaled for benchmarks: the total is exact and shared in proportion', async (t) => {
  const cams = await loadCameraRegistry({ total: 80_000 });
  t.is(cams.length, 80_000);
  const gangnam = cams.filter((c) => c.district === '11680').length;
  t.true(Math.abs(gangnam - (2780 / 29_477) * 80_000) < 1, `Gangnam ${gangnam}`);
  t.is(new Set(cams.map((c) => c.id)).size, 80_000);
  t.throws(() => generateCameras({ districts: DISTRICTS, counts: COUNTS, seed: 1, total: 1_200_000 }), { instanceOf: CameraSourceError, message: /5 digits/ });
});

test('a gu without a count is an error, not a gu without cameras', (t) => {
  t.throws(() => generateCameras({ districts: DISTRICTS, counts: COUNTS.filter((c) => c.gu !== '중구'), seed: 1 }), {
    instanceOf: CameraSourceError,
    message: /no CCTV count for 중구 \(11140\)/,
  });
});
