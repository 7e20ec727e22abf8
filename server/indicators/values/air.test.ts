import test from 'ava';
import { airRows, cityDays, GOOD_PM25, monthlyAirRows, readDailyByGu } from './air.ts';
import { SourceFormatError } from './csv.ts';

const HEADER = '측정일시,측정소명,이산화질소농도(ppm),오존농도(ppm),일산화탄소농도(ppm),아황산가스농도(ppm),미세먼지농도(㎍/㎥),초미세먼지농도(㎍/㎥)';
const day = (d: number): string => `201802${String(d).padStart(2, '0')}`;

/** February 2018 (28 days): 강남구 every day, 종로구 on 20 days (under 75 %), and a roadside station. */
const excerpt = (): string => {
  const lines = [HEADER];
  for (let d = 1; d <= 28; d++) {
    const pm25 = d <= 7 ? GOOD_PM25 : 30;
    lines.push(`${day(d)},강남구,0.030,0.01,0.5,0.004,40,${pm25}`);
    if (d <= 20) lines.push(`${day(d)},종로구,0.020,0.01,0.5,0.004,,10`);
    lines.push(`${day(d)},강남대로,0.050,0.01,0.5,0.004,80,90`);
  }
  return lines.join('\n');
};

test('only the gu stations are read; blanks are missing values', (t) => {
  const byGu = readDailyByGu(excerpt());
  t.deepEqual([...byGu.keys()].sort(), ['11110', '11680']);
  t.deepEqual(byGu.get('11110')?.get('2018-02-01'), { pm25: 10, no2: 0.02 });
});

test('a gu month: share of good days (≤ 15 inclusive) and means; months under 75 % coverage have no value', (t) => {
  const rows = airRows(excerpt());
  const gangnam = rows.filter((r) => r.district === '11680');
  t.deepEqual(gangnam.map((r) => [r.indicator, r.period]), [['good-air-days', '2018-02'], ['pm25-mean', '2018-02'], ['pm10-mean', '2018-02'], ['no2-mean', '2018-02']]);
  t.is(gangnam[0]?.value, 25);
  t.is(gangnam[1]?.value, (7 * 15 + 21 * 30) / 28);
  t.is(rows.filter((r) => r.district === '11110').length, 0);
});

test('the city day is the mean of the gu that reported it', (t) => {
  const city = cityDays(readDailyByGu(excerpt()));
  t.deepEqual(city.get('2018-02-01'), { pm25: 12.5, pm10: 40, no2: 0.025 });
  t.deepEqual(city.get('2018-02-25'), { pm25: 30, pm10: 40, no2: 0.03 });
  const rows = monthlyAirRows('city', city);
  t.is(rows.find((r) => r.indicator === 'good-air-days')?.value, (100 * 7) / 28);
});

test('a bad date is an error naming the line', (t) => {
  t.throws(() => airRows(`${HEADER}\n2018-02-01,강남구,0.03,0.01,0.5,0.004,40,15`), { instanceOf: SourceFormatError, message: /line 2: bad date/ });
  t.throws(() => airRows('a,b\n1,2'), { instanceOf: SourceFormatError, message: /column "측정일시" missing/ });
});
