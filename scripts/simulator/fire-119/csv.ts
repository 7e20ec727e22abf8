/**
 * @module scripts/simulator/fire-119/csv
 * Reads the fire-dispatch CSV (the layout of `data/seoul_fire_dispatch_incidents_2021_jan_nov.csv`) into
 * rows sorted by the time of the fire (stable: rows of the same minute keep their file order).
 */
import { readFile } from 'node:fs/promises';
import { parseKst } from '../../../connectors/_safety/kst.ts';

export const FIRE_CSV_HEADER = [
  '사망수', '부상자수', '재산피해금액', '출동소요시간', '화재진압시간', '시군구명', '읍면동명', '경도', '위도', '계절', '시간대', '화재발생일시',
] as const;

export interface FireRow {
  /** Position after sorting by time (0-based). */
  index: number;
  deaths: number;
  injuries: number;
  /** Thousand KRW. */
  damage: number;
  /** Dispatched → arrived, seconds (출동소요시간). */
  travelS: number;
  /** Arrived → resolved, seconds (화재진압시간). */
  suppressionS: number;
  gu: string;
  dong: string;
  lon: number;
  lat: number;
  /** Epoch ms of 화재발생일시 (KST). */
  at: number;
  /** 화재발생일시 as written. */
  atText: string;
}

export class FireCsvError extends Error {
  override name = 'FireCsvError';
}

const count = (s: string, line: number, what: string): number => {
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n) || n < 0) throw new FireCsvError(`line ${line}: ${what} is not a non-negative number: ${JSON.stringify(s)}`);
  return n;
};

export const parseFireLine = (text: string, line: number): Omit<FireRow, 'index'> => {
  const f = text.split(',');
  if (f.length !== FIRE_CSV_HEADER.length) throw new FireCsvError(`line ${line}: expected ${FIRE_CSV_HEADER.length} fields, got ${f.length}`);
  const [deaths, injuries, damage, travel, suppression, gu = '', dong = '', lon, lat, , , atText = ''] = f;
  const at = parseKst(atText);
  if (at === null) throw new FireCsvError(`line ${line}: bad time ${JSON.stringify(atText)}`);
  if (gu.trim() === '') throw new FireCsvError(`line ${line}: empty gu`);
  const position = [Number(lon), Number(lat)];
  if (!position.every(Number.isFinite)) throw new FireCsvError(`line ${line}: bad position ${lon},${lat}`);
  return {
    deaths: count(deaths ?? '', line, '사망수'),
    injuries: count(injuries ?? '', line, '부상자수'),
    damage: count(damage ?? '', line, '재산피해금액'),
    travelS: count(travel ?? '', line, '출동소요시간'),
    suppressionS: count(suppression ?? '', line, '화재진압시간'),
    gu: gu.trim(),
    dong: dong.trim(),
    lon: position[0] as number,
    lat: position[1] as number,
    at,
    atText: atText.trim(),
  };
};

export const loadFireCsv = async (file: string): Promise<FireRow[]> => {
  const lines = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  if ((lines[0] ?? '').trim() !== FIRE_CSV_HEADER.join(',')) throw new FireCsvError(`unexpected header: ${(lines[0] ?? '').slice(0, 200)}`);
  const rows = lines.slice(1).flatMap((text, i) => (text.trim() === '' ? [] : [parseFireLine(text, i + 2)]));
  if (rows.length === 0) throw new FireCsvError(`${file}: no data rows`);
  return rows
    .map((r, order) => ({ r, order }))
    .sort((a, b) => a.r.at - b.r.at || a.order - b.order)
    .map(({ r }, index) => ({ index, ...r }));
};
