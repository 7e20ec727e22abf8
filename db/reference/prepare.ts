/**
 * @module db/reference/prepare
 * Builds the compact reference layers from the boundary files in shared data:
 *   districts.json      the 25 gu (MOIS SIG_CD, Korean and English names, centroid, geometry)
 *   neighborhoods.json  the 425 administrative dong (10-digit MOIS code, KOSTAT code, gu, names)
 * Run once: `npx tsx db/reference/prepare.ts [boundariesDir]`; the output is committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { centroid, roundGeometry, type Area } from './geo.ts';
import { englishNameIndex, parseCsv, type NameIndex } from './names.ts';

const GeometrySchema = z.custom<Area>(
  (g) => typeof g === 'object' && g !== null && ['Polygon', 'MultiPolygon'].includes((g as Area).type),
  'a Polygon or MultiPolygon',
);
const collection = <P extends z.ZodType>(props: P) =>
  z.object({ features: z.array(z.object({ properties: props, geometry: GeometrySchema })) });

const GuSchema = collection(z.object({ SIG_CD: z.string().regex(/^11\d{3}$/), SIG_KOR_NM: z.string(), SIG_ENG_NM: z.string() }));
const DongSchema = collection(
  z.object({ adm_nm: z.string(), adm_cd: z.string(), adm_cd2: z.string().regex(/^\d{10}$/), sgg: z.string(), sggnm: z.string() }),
);
const KostatSchema = collection(z.object({ code: z.string(), name: z.string(), name_eng: z.string() }));

const readJson = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

const prepareDistricts = (dir: string) =>
  GuSchema.parse(readJson(dir, 'seoul_gu_juso2015_simple.geojson'))
    .features.map(({ properties: p, geometry }) => {
      const g = roundGeometry(geometry);
      const [lon, lat] = centroid(g);
      return { code: p.SIG_CD, nameKo: p.SIG_KOR_NM, nameEn: p.SIG_ENG_NM, centroidLon: lon, centroidLat: lat, geometry: g };
    })
    .sort((a, b) => a.code.localeCompare(b.code));

const prepareNeighborhoods = (dir: string, names: NameIndex) =>
  DongSchema.parse(readJson(dir, 'seoul_admdong_vuski_ver20210401.geojson'))
    .features.map(({ properties: p, geometry }) => {
      const nameKo = p.adm_nm.split(' ').at(-1) ?? p.adm_nm;
      return {
        code: p.adm_cd2,
        kostatCode: p.adm_cd,
        districtCode: p.sgg,
        nameKo,
        nameEn: names.get(`${p.sggnm} ${nameKo}`) ?? null,
        geometry: roundGeometry(geometry),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));

const loadNames = (dir: string): NameIndex => {
  const gu = KostatSchema.parse(readJson(dir, 'seoul_gu_kostat2013_simple.geojson')).features.map((f) => f.properties);
  const dong = KostatSchema.parse(readJson(dir, 'seoul_admdong_kostat2013_simple.geojson')).features.map((f) => f.properties);
  const csv = parseCsv(readFileSync(join(dir, 'seoul_region_names_en_2010.csv'), 'utf8'));
  return englishNameIndex(csv, [...gu, ...dong].map((r) => ({ code: r.code, ko: r.name, en: r.name_eng })));
};

const main = (): void => {
  const dir = process.argv[2] ?? '/work/shared/data/boundaries';
  const out = fileURLToPath(new URL('.', import.meta.url));
  const districts = prepareDistricts(dir);
  const neighborhoods = prepareNeighborhoods(dir, loadNames(dir));
  writeFileSync(join(out, 'districts.json'), `${JSON.stringify(districts)}\n`);
  writeFileSync(join(out, 'neighborhoods.json'), `${JSON.stringify(neighborhoods)}\n`);
  const named = neighborhoods.filter((n) => n.nameEn !== null).length;
  process.stdout.write(`districts ${districts.length}, neighborhoods ${neighborhoods.length} (${named} with English names)\n`);
};

main();
