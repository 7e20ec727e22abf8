import test from 'ava';
import type { RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { loadFixture } from '../_kit/testing.ts';
import { parseErBedsPage } from './parse.ts';

const page = (body: unknown): RawPage => ({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType: 'application/json', url: 'http://x/er/beds' });
const list = (items: unknown[]) => page({ response: { header: { resultCode: '00' }, body: { items: { item: items }, totalCount: items.length, pageNo: 1, numOfRows: 100 } } });
const row = {
  rnum: 1, hpid: 'A1100001', dutyName: '서울대학교병원', dutyAddr: '서울특별시 종로구 연건동', dutyEmclsName: '권역응급의료센터',
  wgs84Lon: 126.999, wgs84Lat: 37.5796, hvec: 7, hvs01: 36, hvidate: '20240501121030', syntheticYn: 'Y',
};

test('a recorded page: one record per institution', (t) => {
  const { records, rejects } = parseErBedsPage(page(loadFixture(import.meta.url, 'fixtures/beds.json')));
  t.is(records.length, 30);
  t.is(rejects.length, 0);
  t.deepEqual(records[0], {
    hpid: 'A1100001', name: '서울대학교병원', address: '서울특별시 종로구 연건동', levelName: '권역응급의료센터', lon: 126.999, lat: 37.5796,
    available: 7, total: 36, at: Date.parse('2024-05-01T03:10:30Z'), synthetic: true,
  });
});

test('numeric strings are read; negative availability (patients waiting) is kept', (t) => {
  const { records } = parseErBedsPage(list([{ ...row, hvec: '-3', hvs01: '36', hvidate: 20240501121030, wgs84Lon: '126.999' }]));
  t.like(records[0], { available: -3, total: 36, lon: 126.999 });
});

test('impossible rows are rejected with a reason', (t) => {
  const bad = [{ ...row, hvec: 40 }, { ...row, hvs01: -1 }, { ...row, hvidate: '2024-05-01 12:10' }, { ...row, hpid: 'snuh' }, { ...row, hvec: 2.5 }, { ...row, dutyAddr: '' }];
  const { records, rejects } = parseErBedsPage(list([row, ...bad]));
  t.is(records.length, 1);
  t.is(rejects.length, 6);
  t.regex(rejects[0]!.reason, /hvec: more beds available \(hvec\) than in service/);
  t.regex(rejects[1]!.reason, /hvs01/);
  t.regex(rejects[2]!.reason, /hvidate: not a KST time/);
  t.regex(rejects[3]!.reason, /hpid/);
  t.regex(rejects[4]!.reason, /hvec: must be a whole number/);
  t.regex(rejects[5]!.reason, /dutyAddr/);
});

test('NODATA is empty; error codes throw ParseError', (t) => {
  t.deepEqual(parseErBedsPage(page({ response: { header: { resultCode: '03' } } })), { records: [], rejects: [] });
  t.throws(() => parseErBedsPage(page({ response: { header: { resultCode: '12', resultMsg: 'NO_OPENAPI_SERVICE_ERROR' } } })), { instanceOf: ParseError });
});
