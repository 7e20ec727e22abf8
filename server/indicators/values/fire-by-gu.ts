/**
 * @module indicators/values/fire-by-gu
 * Yearly fire indicators per gu and for the city, 2018–2023, from `seoul_fire_by_gu_2018_2023.csv`
 * (columns prefixed `18_` … `23_`; the row `서울시` is the city):
 * - fires-per-10k: fires (화재건수) per 10,000 residents;
 * - fire-casualties: deaths and injuries (인명피해 계);
 * - fire-deaths: deaths (사망);
 * - fire-damage-per-fire: property damage per fire (재산피해/건당), thousand KRW.
 * The only resident counts at hand are those of April 2025, so every year's rate divides by them.
 */
import { guByName } from '../../../connectors/_safety/gu.ts';
import type { AreaCode } from '../../contracts/indicator.ts';
import { numberAt, readCsv, SourceFormatError } from './csv.ts';
import { cityOrGu, perResidents, type Residents, type ValueRow } from './value-row.ts';

const FIELDS = { fires: '화재건수', deaths: '사망', casualties: '인명피해 계', damagePerFire: '재산피해/건당(천원)' } as const;

export const fireByGuRows = (text: string, residents: Residents): ValueRow[] => {
  const { header, rows } = readCsv(text);
  const years = [...new Set(header.map((h) => /^(\d{2})_화재건수$/.exec(h)?.[1]).filter((y): y is string => y !== undefined))];
  if (years.length === 0) throw new SourceFormatError('fire by gu: no NN_화재건수 columns');
  const at = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new SourceFormatError(`fire by gu: column ${name} missing`);
    return i;
  };
  const out: ValueRow[] = [];
  for (const { line, fields } of rows) {
    const name = (fields[0] ?? '').trim();
    const district: AreaCode | undefined = name === '서울시' ? 'city' : guByName(name)?.code;
    if (!district) throw new SourceFormatError(`fire by gu line ${line}: unknown area ${JSON.stringify(name)}`);
    for (const yy of years) {
      const period = `20${yy}`;
      const v = (k: keyof typeof FIELDS): number => numberAt(fields[at(`${yy}_${FIELDS[k]}`)], `fire by gu line ${line}, ${yy}_${FIELDS[k]}`);
      out.push(cityOrGu('fires-per-10k', period, district, perResidents(v('fires'), residents, district, 10_000)));
      out.push(cityOrGu('fire-casualties', period, district, v('casualties')));
      out.push(cityOrGu('fire-deaths', period, district, v('deaths')));
      out.push(cityOrGu('fire-damage-per-fire', period, district, v('damagePerFire')));
    }
  }
  return out;
};
