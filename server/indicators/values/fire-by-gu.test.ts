import test from 'ava';
import { SourceFormatError } from './csv.ts';
import { fireByGuRows } from './fire-by-gu.ts';

const cols = (yy: string) => ['화재건수', '사망', '부상', '인명피해 계', '부동산피해(천원)', '동산피해(천원)', '재산피해(천원)', '재산피해/건당(천원)'].map((c) => `${yy}_${c}`);
const HEADER = ['자치구', ...cols('22'), ...cols('23')].join(',');
const residents = new Map([['city', 1_000_000], ['11680', 500_000]]);

test('fires per 10,000 residents, casualties, deaths and damage per fire, per year', (t) => {
  const text = [HEADER, '서울시,600,3,7,10,1,2,3,5000,500,2,3,5,1,2,3,4000', '강남구,100,0,2,2,1,2,3,3000,50,1,0,1,1,2,3,2000'].join('\n');
  const rows = fireByGuRows(text, residents);
  const v = (indicator: string, district: string, period: string) => rows.find((r) => r.indicator === indicator && r.district === district && r.period === period)?.value;
  t.is(v('fires-per-10k', 'city', '2022'), 6);
  t.is(v('fires-per-10k', '11680', '2023'), 1);
  t.is(v('fire-casualties', 'city', '2022'), 10);
  t.is(v('fire-deaths', '11680', '2023'), 1);
  t.is(v('fire-damage-per-fire', '11680', '2022'), 3000);
  t.is(rows.length, 2 * 2 * 4);
});

test('unknown areas, missing residents and blank cells are errors', (t) => {
  t.throws(() => fireByGuRows([HEADER, '부산시,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0'].join('\n'), residents), { instanceOf: SourceFormatError, message: /unknown area/ });
  t.throws(() => fireByGuRows([HEADER, '종로구,1,0,0,0,0,0,0,0,1,0,0,0,0,0,0,0'].join('\n'), residents), { instanceOf: RangeError, message: /no resident count for 11110/ });
  t.throws(() => fireByGuRows([HEADER, '강남구,1,,0,0,0,0,0,0,1,0,0,0,0,0,0,0'].join('\n'), residents), { instanceOf: SourceFormatError, message: /22_사망/ });
  t.throws(() => fireByGuRows('자치구,x\n강남구,1', residents), { instanceOf: SourceFormatError, message: /no NN_화재건수/ });
});
