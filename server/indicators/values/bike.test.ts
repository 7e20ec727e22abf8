import test from 'ava';
import { bikeRows } from './bike.ts';
import { SourceFormatError } from './csv.ts';

const HEADER = 'Date,Rented Bike Count,Hour,Temperature(C),Humidity(percentage),Wind speed (m/s),Visibility (10m),Dew point temperature(C),Solar Radiation (MJ/m2),Rainfall(mm),Snowfall (cm),Seasons,Holiday,Functioning Day';
const hour = (date: string, n: number, functioning = 'Yes') => `${date},${n},0,-5.2,37,2.2,2000,-17.6,0,0,0,Winter,No Holiday,${functioning}`;

test('hourly rentals add up per month (D/M/YYYY dates)', (t) => {
  const rows = bikeRows([HEADER, hour('1/12/2017', 254), hour('31/12/2017', 46), hour('1/1/2018', 10), hour('11/4/2018', 0, 'No')].join('\n'));
  t.deepEqual(rows.map((r) => [r.period, r.value]), [['2017-12', 300], ['2018-01', 10], ['2018-04', 0]]);
});

test('US-style or ISO dates are errors', (t) => {
  t.throws(() => bikeRows([HEADER, hour('2017-12-01', 1)].join('\n')), { instanceOf: SourceFormatError, message: /bad date/ });
});
