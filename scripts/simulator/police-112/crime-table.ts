/**
 * @module scripts/simulator/police-112/crime-table
 * Reads the 2016 five-major-crime counts per Seoul police station (`data/seoul_crime_by_police_station_2016.csv`:
 * 관서명, then 발생/검거 for 살인, 강도, 강간, 절도, 폭력; numbers with thousands separators, in quotes).
 * Only the reported counts (발생) are used. 강간 is the platform's `sexual-violence`.
 */
import { readFile } from 'node:fs/promises';
import { policeStationByName, type PoliceStation } from '../../../connectors/police-112/stations.ts';
import type { PoliceIncidentType } from '../../../connectors/police-112/api.ts';
import { splitCsvLine } from '../../../server/indicators/values/csv.ts';

export const CRIME_COLUMNS: Readonly<Record<PoliceIncidentType, string>> = {
  homicide: '살인 발생',
  robbery: '강도 발생',
  'sexual-violence': '강간 발생',
  theft: '절도 발생',
  violence: '폭력 발생',
};

export interface CrimeRow {
  station: PoliceStation;
  counts: Record<PoliceIncidentType, number>;
}

export class CrimeCsvError extends Error {
  override name = 'CrimeCsvError';
}

/** One CSV line into fields (double quotes group, `""` inside quotes is a quote): the platform's own reader. */
export { splitCsvLine };

export const parseCrimeCsv = (text: string): CrimeRow[] => {
  const [header = '', ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const cols = splitCsvLine(header);
  const at = (name: string): number => {
    const i = cols.indexOf(name);
    if (i < 0) throw new CrimeCsvError(`column ${name} missing from header: ${header.slice(0, 200)}`);
    return i;
  };
  const nameAt = at('관서명');
  const index = Object.entries(CRIME_COLUMNS).map(([type, col]) => [type as PoliceIncidentType, at(col)] as const);
  return lines.map((line, k) => {
    const f = splitCsvLine(line);
    const station = policeStationByName(f[nameAt] ?? '');
    if (!station) throw new CrimeCsvError(`line ${k + 2}: unknown police station ${JSON.stringify(f[nameAt])}`);
    const counts = {} as Record<PoliceIncidentType, number>;
    for (const [type, i] of index) {
      const n = Number((f[i] ?? '').replaceAll(',', ''));
      if (!Number.isInteger(n) || n < 0 || (f[i] ?? '').trim() === '') throw new CrimeCsvError(`line ${k + 2}: ${CRIME_COLUMNS[type]} is not a count: ${JSON.stringify(f[i])}`);
      counts[type] = n;
    }
    return { station, counts };
  });
};

export const loadCrimeCsv = async (file: string): Promise<CrimeRow[]> => parseCrimeCsv(await readFile(file, 'utf8'));
