import test from 'ava';
import type { RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { loadFixture } from '../_kit/testing.ts';
import { parseFire119Page } from './parse.ts';

const page = (body: unknown): RawPage => ({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType: 'application/json', url: 'http://x/119/incidents' });
const feed = (items: unknown[]) => page({ response: { header: { resultCode: '00', resultMsg: 'NORMAL SERVICE.' }, body: { items: { item: items }, numOfRows: items.length, hasMore: false, nextCursor: null } } });
const row = {
  신고번호: '20240501-121500-000023', 처리단계: '완료', 단계일시: '2024-05-01 12:40:10', 신고일시: '2024-05-01 12:15:00',
  출동일시: '2024-05-01 12:16:10', 도착일시: '2024-05-01 12:23:40', 완료일시: '2024-05-01 12:40:10', 사고유형: '화재',
  시군구명: '관악구', 읍면동명: '남현동', 경도: 126.9803297, 위도: 37.4723302, 관할소방서: '관악소방서', 사망수: 0, 부상자수: 1,
  재산피해금액: 661, 접수처리시간: 70, 접수처리시간추정: 'Y', 출동소요시간: 450, 화재진압시간: 990, 원본화재발생일시: '2021-01-02 9:10:00',
};

test('a recorded page parses to one record per stage change', (t) => {
  const { records, rejects } = parseFire119Page(page(loadFixture(import.meta.url, 'fixtures/window.json')));
  t.is(records.length, 36);
  t.is(rejects.length, 0);
  t.like(records[0], { number: '20240501-120000-000000', stage: 'reported', type: 'fire', gu: '구로구', dong: '구로동', station: '구로소방서', dispatchS: null, dispatchEstimated: true, originalAt: '2021-01-01 0:00:00' });
  t.is(new Date(records[0]!.at).toISOString(), '2024-05-01T03:00:00.000Z');
  t.deepEqual(new Set(records.map((r) => r.stage)), new Set(['reported', 'dispatched', 'arrived', 'resolved']));
});

test('every field is read; numeric strings are numbers; blank dong is null', (t) => {
  const { records } = parseFire119Page(feed([row, { ...row, 처리단계: '접수', 경도: '127.01', 읍면동명: ' ', 사망수: null, 재산피해금액: undefined }]));
  t.deepEqual(records[0], {
    number: '20240501-121500-000023', stage: 'resolved', at: Date.parse('2024-05-01T03:40:10Z'), type: 'fire', gu: '관악구', dong: '남현동',
    lon: 126.9803297, lat: 37.4723302, station: '관악소방서', deaths: 0, injuries: 1, damageKrwThousands: 661, dispatchS: 70,
    dispatchEstimated: true, travelS: 450, suppressionS: 990, originalAt: '2021-01-02 9:10:00',
  });
  t.like(records[1], { stage: 'reported', lon: 127.01, dong: null, deaths: null, damageKrwThousands: null });
});

test('rows that cannot be trusted are rejected with a reason; the others stay', (t) => {
  const bad = [
    { ...row, 처리단계: '이송' },
    { ...row, 단계일시: '2024-05-01T12:40:10' },
    { ...row, 사고유형: '오인' },
    { ...row, 부상자수: -1 },
    { ...row, 출동소요시간: 'slow' },
    { ...row, 신고번호: '2024 05 01' },
    { ...row, 시군구명: '' },
    'oops',
  ];
  const { records, rejects } = parseFire119Page(feed([row, ...bad]));
  t.is(records.length, 1);
  t.is(rejects.length, bad.length);
  t.regex(rejects[0]!.reason, /처리단계: unknown stage/);
  t.regex(rejects[1]!.reason, /단계일시: not a KST time/);
  t.regex(rejects[2]!.reason, /사고유형: unknown incident type/);
  t.regex(rejects[3]!.reason, /부상자수/);
  t.regex(rejects[4]!.reason, /출동소요시간/);
  t.regex(rejects[5]!.reason, /신고번호/);
  t.regex(rejects[6]!.reason, /시군구명/);
  t.is(rejects[7]!.raw, '"oops"');
});

test('NODATA (03) is an empty page; other result codes and unknown bodies throw ParseError', (t) => {
  t.deepEqual(parseFire119Page(page({ response: { header: { resultCode: '03', resultMsg: 'NODATA_ERROR' } } })), { records: [], rejects: [] });
  t.deepEqual(parseFire119Page(page({ response: { header: { resultCode: '00' }, body: { items: '' } } })), { records: [], rejects: [] });
  t.throws(() => parseFire119Page(page({ response: { header: { resultCode: '99', resultMsg: 'UNKNOWN_ERROR' } } })), { instanceOf: ParseError, message: /99/ });
  t.throws(() => parseFire119Page(page('<html>502</html>')), { instanceOf: ParseError });
});
