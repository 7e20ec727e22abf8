/**
 * @module indicators/values/crime
 * Crime indicators per gu and for the city, 2016, from the five major crimes reported (발생) and
 * solved (검거) per police station (`seoul_crime_by_police_station_2016.csv`). A station counts for
 * the gu it sits in (connectors/police-112/stations.ts); six gu have two. Precincts and gu do not
 * match exactly, so the gu figures are approximate.
 * - crime-rate: the five crimes reported per 100,000 residents;
 * - crime-clearance-rate: solved over reported, % (solved cases may be from earlier years);
 * - sexual-violence-rate: 강간 (rape and indecent assault, as the police table groups them) per 100,000.
 * Residents: April 2025 (the only counts at hand).
 */
import { policeStationByName } from '../../../connectors/police-112/stations.ts';
import type { AreaCode } from '../../contracts/indicator.ts';
import { numberAt, readCsv, SourceFormatError } from './csv.ts';
import { cityOrGu, perResidents, type Residents, type ValueRow } from './value-row.ts';

export const CRIME_YEAR = '2016';
const CRIMES = ['살인', '강도', '강간', '절도', '폭력'] as const;

interface Tally {
  reported: number;
  solved: number;
  sexual: number;
}

export const crimeRows = (text: string, residents: Residents): ValueRow[] => {
  const { header, rows } = readCsv(text);
  const at = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new SourceFormatError(`crime: column ${name} missing`);
    return i;
  };
  const nameAt = at('관서명');
  const tallies = new Map<AreaCode, Tally>([['city', { reported: 0, solved: 0, sexual: 0 }]]);
  for (const { line, fields } of rows) {
    const station = policeStationByName(fields[nameAt] ?? '');
    if (!station) throw new SourceFormatError(`crime line ${line}: unknown police station ${JSON.stringify(fields[nameAt])}`);
    const n = (col: string): number => numberAt(fields[at(col)], `crime line ${line}, ${col}`);
    const reported = CRIMES.reduce((s, c) => s + n(`${c} 발생`), 0);
    const solved = CRIMES.reduce((s, c) => s + n(`${c} 검거`), 0);
    const sexual = n('강간 발생');
    for (const area of [station.district, 'city'] as const) {
      const t = tallies.get(area) ?? { reported: 0, solved: 0, sexual: 0 };
      tallies.set(area, { reported: t.reported + reported, solved: t.solved + solved, sexual: t.sexual + sexual });
    }
  }
  return [...tallies].flatMap(([district, t]) => [
    cityOrGu('crime-rate', CRIME_YEAR, district, perResidents(t.reported, residents, district, 100_000)),
    cityOrGu('crime-clearance-rate', CRIME_YEAR, district, t.reported === 0 ? 0 : (100 * t.solved) / t.reported),
    cityOrGu('sexual-violence-rate', CRIME_YEAR, district, perResidents(t.sexual, residents, district, 100_000)),
  ]);
};
