import test from 'ava';
import type { RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { loadFixture } from '../_kit/testing.ts';
import { parsePolice112Page } from './parse.ts';

const page = (body: unknown): RawPage => ({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType: 'application/json', url: 'http://x/112/incidents' });
const feed = (items: unknown[]) => page({ response: { header: { resultCode: '00', resultMsg: 'NORMAL SERVICE.' }, body: { items: { item: items }, hasMore: false, nextCursor: null } } });
const row = {
  사건번호: '20240501-120032-0006000', 처리단계: '종결', 단계일시: '2024-05-01 12:45:00', 접수일시: '2024-05-01 12:00:32', 지령일시: '2024-05-01 12:01:40',
  도착일시: '2024-05-01 12:06:10', 종결일시: '2024-05-01 12:45:00', 사건종별: '폭력', 대응코드: '코드1', 시군구명: '강서구', 행정동명: '등촌1동',
  경도: 126.859318, 위도: 37.555882, 관할경찰서: '강서경찰서', 접수처리시간: 68, 출동소요시간: 270, 현장처리시간: 2330, 합성데이터: 'Y',
};

test('a recorded page parses to one record per stage change, all synthetic', (t) => {
  const { records, rejects } = parsePolice112Page(page(loadFixture(import.meta.url, 'fixtures/window.json')));
  t.is(records.length, 75);
  t.is(rejects.length, 0);
  t.like(records[0], { number: '20240501-120032-0006000', stage: 'reported', type: 'violence', code: 1, gu: '강서구', dong: '등촌1동', station: '강서경찰서', synthetic: true });
  t.is(new Date(records[0]!.at).toISOString(), '2024-05-01T03:00:32.000Z');
  t.true(records.every((r) => r.synthetic));
});

test('every field is read', (t) => {
  const { records } = parsePolice112Page(feed([row, { ...row, 사건종별: '성폭력', 대응코드: '코드0', 처리단계: '지령', 행정동명: null, 합성데이터: undefined }]));
  t.deepEqual(records[0], {
    number: '20240501-120032-0006000', stage: 'resolved', at: Date.parse('2024-05-01T03:45:00Z'), type: 'violence', code: 1, gu: '강서구', dong: '등촌1동',
    lon: 126.859318, lat: 37.555882, station: '강서경찰서', dispatchS: 68, travelS: 270, onSceneS: 2330, synthetic: true,
  });
  t.like(records[1], { type: 'sexual-violence', code: 0, stage: 'dispatched', dong: null, synthetic: false });
});

test('rows that cannot be trusted are rejected with a reason', (t) => {
  const bad = [{ ...row, 처리단계: '출동' }, { ...row, 사건종별: '사기' }, { ...row, 대응코드: 'C1' }, { ...row, 현장처리시간: -5 }, { ...row, 단계일시: '2024-13-01 12:00:00' }, { ...row, 관할경찰서: ' ' }];
  const { records, rejects } = parsePolice112Page(feed([row, ...bad]));
  t.is(records.length, 1);
  t.is(rejects.length, 6);
  t.regex(rejects[0]!.reason, /처리단계: unknown stage/);
  t.regex(rejects[1]!.reason, /사건종별: unknown category/);
  t.regex(rejects[2]!.reason, /대응코드: unknown response code/);
  t.regex(rejects[3]!.reason, /현장처리시간/);
  t.regex(rejects[4]!.reason, /단계일시/);
  t.regex(rejects[5]!.reason, /관할경찰서/);
});

test('NODATA is empty; other result codes throw ParseError', (t) => {
  t.deepEqual(parsePolice112Page(page({ response: { header: { resultCode: '03' } } })), { records: [], rejects: [] });
  t.throws(() => parsePolice112Page(page({ response: { header: { resultCode: '01', resultMsg: 'APPLICATION_ERROR' } } })), { instanceOf: ParseError });
});
