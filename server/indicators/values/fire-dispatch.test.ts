import test from 'ava';
import { SourceFormatError } from './csv.ts';
import { fireDispatchRows, median } from './fire-dispatch.ts';

const HEADER = '사망수,부상자수,재산피해금액,출동소요시간,화재진압시간,시군구명,읍면동명,경도,위도,계절,시간대,화재발생일시';
const fire = (travel: number, gu: string, at: string): string => `0,0,50,${travel},700,${gu},구로동,126.87,37.50,겨울,밤,${at}`;

test('share within 420 s (inclusive) and median travel per gu-month and for the city', (t) => {
  const rows = fireDispatchRows(
    [HEADER, fire(420, '구로구', '2021-01-01 0:00:00'), fire(454, '구로구', '2021-01-20 13:16:00'), fire(600, '강남구', '2021-01-31 23:59:00'), fire(430, '강남구', '2021-02-01 0:10:00')].join('\n'),
  );
  const v = (indicator: string, district: string, period: string) => rows.find((r) => r.indicator === indicator && r.district === district && r.period === period)?.value;
  t.is(v('fire-arrival-7min', '11530', '2021-01'), 50);
  t.is(v('fire-travel-median', '11530', '2021-01'), 437);
  t.is(v('fire-arrival-7min', 'city', '2021-01'), (100 * 1) / 3);
  t.is(v('fire-travel-median', 'city', '2021-01'), 454);
  t.is(v('fire-arrival-7min', '11680', '2021-02'), 0);
  t.is(v('fire-arrival-7min', '11530', '2021-02'), undefined);
});

test('median of odd and even counts', (t) => {
  t.is(median([3, 1, 2]), 2);
  t.is(median([4, 1, 3, 2]), 2.5);
});

test('unknown gu and bad times are errors', (t) => {
  t.throws(() => fireDispatchRows([HEADER, fire(500, '부산구', '2021-01-01 0:00:00')].join('\n')), { instanceOf: SourceFormatError, message: /unknown gu/ });
  t.throws(() => fireDispatchRows([HEADER, fire(500, '구로구', '01/01/2021')].join('\n')), { instanceOf: SourceFormatError, message: /bad time/ });
});
