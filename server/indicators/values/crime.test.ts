import test from 'ava';
import { crimeRows } from './crime.ts';
import { SourceFormatError } from './csv.ts';

const HEADER = '관서명,살인 발생,살인 검거,강도 발생,강도 검거,강간 발생,강간 검거,절도 발생,절도 검거,폭력 발생,폭력 검거';
const residents = new Map([['city', 1_000_000], ['11680', 500_000], ['11110', 100_000]]);

test('two stations of one gu add up; rates per 100,000; clearance over all five crimes', (t) => {
  const text = [HEADER, '강남서,1,1,2,2,20,10,"1,000",500,977,487', '수서서,0,0,0,0,10,5,500,200,490,295', '종로서,0,0,0,0,5,5,45,20,50,25'].join('\n');
  const rows = crimeRows(text, residents);
  const v = (indicator: string, district: string) => rows.find((r) => r.indicator === indicator && r.district === district)?.value;
  t.is(v('crime-rate', '11680'), 600);
  t.is(v('crime-clearance-rate', '11680'), 50);
  t.is(v('sexual-violence-rate', '11680'), 6);
  t.is(v('crime-rate', 'city'), 310);
  t.is(v('sexual-violence-rate', '11110'), 5);
  t.true(rows.every((r) => r.period === '2016'));
});

test('unknown stations and bad numbers are errors', (t) => {
  t.throws(() => crimeRows([HEADER, '부산서,0,0,0,0,0,0,0,0,0,0'].join('\n'), residents), { instanceOf: SourceFormatError, message: /unknown police station/ });
  t.throws(() => crimeRows([HEADER, '강남서,x,0,0,0,0,0,0,0,0,0'].join('\n'), residents), { instanceOf: SourceFormatError, message: /살인 발생/ });
});
