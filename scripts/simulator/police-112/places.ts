/**
 * @module scripts/simulator/police-112/places
 * The administrative dong of each gu (db/reference/neighborhoods.json, 425 dong of 2021-04-01), as places
 * to put synthetic incidents in: a dong drawn uniformly within the gu, then a position inside it and inside
 * the gu polygon of db/reference/districts.json (the map the wall draws; the two layers differ at the edges).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Area } from '../../../db/reference/geo.ts';
import { placeOf, pointIn, type Place } from '../safety-common/geo.ts';
import type { Rand } from '../safety-common/random.ts';

export const NEIGHBORHOODS_FILE = fileURLToPath(new URL('../../../db/reference/neighborhoods.json', import.meta.url));
export const DISTRICTS_FILE = fileURLToPath(new URL('../../../db/reference/districts.json', import.meta.url));

export interface Dong extends Place {
  code: string;
  nameKo: string;
  district: string;
  /** The gu's polygon. */
  gu: Area;
}

export type DongIndex = ReadonlyMap<string, readonly Dong[]>;

interface RawDong {
  code: string;
  districtCode: string;
  nameKo: string;
  geometry: Area;
}

export const loadDongs = async (file = NEIGHBORHOODS_FILE, districtsFile = DISTRICTS_FILE): Promise<DongIndex> => {
  const [raw, districts] = await Promise.all([
    readFile(file, 'utf8').then((t) => JSON.parse(t) as RawDong[]),
    readFile(districtsFile, 'utf8').then((t) => JSON.parse(t) as { code: string; geometry: Area }[]),
  ]);
  const guArea = new Map(districts.map((g) => [g.code, g.geometry]));
  const byGu = new Map<string, Dong[]>();
  for (const d of [...raw].sort((a, b) => a.code.localeCompare(b.code))) {
    const gu = guArea.get(d.districtCode);
    if (!gu) throw new RangeError(`dong ${d.code} ${d.nameKo} is in unknown gu ${d.districtCode}`);
    const list = byGu.get(d.districtCode) ?? [];
    list.push({ code: d.code, nameKo: d.nameKo, district: d.districtCode, gu, ...placeOf(d.geometry) });
    byGu.set(d.districtCode, list);
  }
  return byGu;
};

export interface Spot {
  dong: string;
  lon: number;
  lat: number;
}

export const spotIn = (rand: Rand, dongs: DongIndex, district: string): Spot => {
  const list = dongs.get(district);
  if (!list || list.length === 0) throw new RangeError(`no dong known in gu ${district}`);
  const dong = list[Math.floor(rand() * list.length)] as Dong;
  const [lon, lat] = pointIn(rand, dong, 250, dong.gu);
  return { dong: dong.nameKo, lon, lat };
};
