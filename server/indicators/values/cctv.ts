/**
 * @module indicators/values/cctv
 * Public CCTV cameras per 1,000 residents per gu and for the city, 2016, from
 * `seoul_cctv_by_gu_2016.csv` (the 소계 column: all cameras of the gu). The city is the sum of the gu.
 * The only resident counts at hand are those of April 2025, so the 2016 cameras are divided by them.
 */
import { guByName } from '../../../connectors/_safety/gu.ts';
import { columns, numberAt, readCsv, SourceFormatError } from './csv.ts';
import { cityOrGu, perResidents, type Residents, type ValueRow } from './value-row.ts';

export const CCTV_YEAR = '2016';

export const cctvRows = (text: string, residents: Residents): ValueRow[] => {
  const { header, rows } = readCsv(text);
  const col = columns(header, { name: '기관명', total: '소계' }, 'cctv');
  const out: ValueRow[] = [];
  let city = 0;
  for (const { line, fields } of rows) {
    const gu = guByName(fields[col.name] ?? '');
    if (!gu) throw new SourceFormatError(`cctv line ${line}: unknown gu ${JSON.stringify(fields[col.name])}`);
    const cameras = numberAt(fields[col.total], `cctv line ${line}`);
    city += cameras;
    out.push(cityOrGu('cctv-per-1k', CCTV_YEAR, gu.code, perResidents(cameras, residents, gu.code, 1_000)));
  }
  if (out.length !== 25) throw new SourceFormatError(`cctv: expected the 25 gu, got ${out.length}`);
  return [cityOrGu('cctv-per-1k', CCTV_YEAR, 'city', perResidents(city, residents, 'city', 1_000)), ...out];
};
