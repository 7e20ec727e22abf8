import { readFile } from 'node:fs/promises';
import test from 'ava';
import { z } from 'zod';
import { DONGS, DISTRICTS } from './places.ts';
import { ROMANIZED } from './places-data.ts';

const reference = async <T>(name: string, schema: z.ZodType<T>): Promise<T> =>
  schema.parse(JSON.parse(await readFile(new URL(`../../db/reference/${name}`, import.meta.url), 'utf8')));

const Districts = z.array(z.object({ code: z.string(), nameKo: z.string(), nameEn: z.string(), centroidLon: z.number(), centroidLat: z.number() }));
const Neighborhoods = z.array(z.object({ code: z.string(), districtCode: z.string(), nameKo: z.string(), nameEn: z.string().nullable() }));

/** The source's English name as the gazetteer keeps it: numeral glosses dropped, first letter upper case. */
const cleaned = (en: string): string => {
  const e = en.replace(/\([a-z]+\)/g, '').replace(/\s+/g, ' ').trim();
  return e.charAt(0).toUpperCase() + e.slice(1);
};

test('the 25 gu are those of db/reference/districts.json, with their names and centroids', async (t) => {
  const ref = await reference('districts.json', Districts);
  t.is(DISTRICTS.length, 25);
  t.deepEqual(
    DISTRICTS.map((d) => [d.code, d.ko, d.en]),
    ref.map((r) => [r.code, r.nameKo, r.nameEn]),
  );
  for (const [i, d] of DISTRICTS.entries()) {
    t.true(Math.abs(d.lon - (ref[i]?.centroidLon ?? 0)) < 1e-4 && Math.abs(d.lat - (ref[i]?.centroidLat ?? 0)) < 1e-4, d.ko);
  }
});

test('the 425 dong are those of db/reference/neighborhoods.json; English names follow it but for the romanized three', async (t) => {
  const ref = await reference('neighborhoods.json', Neighborhoods);
  t.is(DONGS.length, ref.length);
  const byCode = new Map(DONGS.map((d) => [d.code, d]));
  for (const r of ref) {
    const d = byCode.get(r.code);
    t.truthy(d, r.code);
    t.deepEqual([d?.district, d?.ko], [r.districtCode, r.nameKo], r.code);
    const expected = ROMANIZED[r.code] ?? cleaned(r.nameEn ?? '');
    t.is(d?.en, expected, r.nameKo);
  }
  for (const code of Object.keys(ROMANIZED)) {
    const r = ref.find((x) => x.code === code);
    t.true(r !== undefined && (r.nameEn === null || !/^[A-Za-z]/.test(r.nameEn)), `${code}: the source lacks a usable English name`);
  }
});
