/**
 * @module connectors/news-feed/places/read
 * Reads the boundary files that `build.ts` needs (I/O, for the prepare script and its test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { BoundaryInputs } from './build.ts';

export const SHARED_BOUNDARIES = '/work/shared/data/boundaries';

const props = <P extends z.ZodType>(p: P) => z.object({ features: z.array(z.object({ properties: p })) });
const GuSchema = props(z.object({ SIG_CD: z.string().regex(/^11\d{3}$/), SIG_KOR_NM: z.string(), SIG_ENG_NM: z.string() }));
const AdminSchema = props(z.object({ adm_nm: z.string(), sgg: z.string() }));
const LegalSchema = props(z.object({ EMD_CD: z.coerce.string(), EMD_KOR_NM: z.string(), EMD_ENG_NM: z.string() }));

const json = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));

/** Minimal CSV of the codebook (no quoted commas in it). */
const codebook = (text: string): BoundaryInputs['codebook'] => {
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0);
  const cols = (header ?? '').split(',');
  const at = (c: string): number => cols.indexOf(c);
  return lines.map((l) => {
    const f = l.split(',');
    return { code: f[at('code')] ?? '', ko: f[at('ko')] ?? '', en: f[at('en')] ?? '' };
  });
};

export const readBoundaryInputs = (dir: string): BoundaryInputs => ({
  gu: GuSchema.parse(json(dir, 'seoul_gu_juso2015_simple.geojson')).features.map((f) => f.properties),
  adminDongs: AdminSchema.parse(json(dir, 'seoul_admdong_vuski_ver20210401.geojson')).features.map((f) => f.properties),
  legalDongs: LegalSchema.parse(json(dir, 'seoul_legaldong_juso2015_simple.geojson')).features.map((f) => f.properties),
  codebook: codebook(readFileSync(join(dir, 'seoul_region_names_en_2010.csv'), 'utf8')),
});
