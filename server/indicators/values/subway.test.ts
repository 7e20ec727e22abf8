import test from 'ava';
import { SourceFormatError } from './csv.ts';
import { subwayRows } from './subway.ts';

const HEADER = '"사용일자","노선명","역명","승차총승객수","하차총승객수","등록일자"';

test('boardings of all stations per day, averaged over the days of each month', (t) => {
  const rows = subwayRows(
    [HEADER, '"20250501","2호선","강남","100","90","20250504",""', '"20250501","분당선","야탑","50","40","20250504",""', '"20250502","2호선","강남","30","10","20250505",""', '"20250601","2호선","강남","7","7","20250604",""'].join('\n'),
  );
  t.deepEqual(rows.map((r) => [r.period, r.value]), [['2025-05', 90], ['2025-06', 7]]);
  t.true(rows.every((r) => r.district === 'city' && r.indicator === 'subway-ridership'));
});

test('bad dates are errors', (t) => {
  t.throws(() => subwayRows(`${HEADER}\n"2025-05-01","2호선","강남","1","1","20250504",""`), { instanceOf: SourceFormatError, message: /line 2: bad date/ });
});
