import test from 'ava';
import type { RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { loadFixture } from '../_kit/testing.ts';
import { parseBudgetPage } from './parse.ts';

const page = (body: unknown): RawPage => ({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType: 'application/json', url: 'http://x/budget/execution' });
const row = { 사업코드: 'bp-ge-101', 세부사업명: '여성 경제활동 참여 확대 기반 조성', 영문사업명: "Women's economic participation: groundwork", 부서명: '여성정책담당관', 영문부서명: "Women's Policy Division", 회계구분: '일반회계', 세출예산현액: 7775889000, 배정액: 5832000000, 집행액: 4000000000, 집행률: 51.44 };
const month = (items: unknown[], over: Record<string, unknown> = {}) => page({ 합성데이터: 'Y', 회계연도: 2025, 집행월: '2025-09', 기준일자: '2025-09-30', 단위: '원', 건수: items.length, 목록: items, ...over });

test('a recorded month parses to one record per programme, all synthetic', (t) => {
  const { records, rejects } = parseBudgetPage(page(loadFixture(import.meta.url, 'fixtures/execution-2025-10.json')));
  t.is(rejects.length, 0);
  t.true(records.length >= 180);
  t.true(records.every((r) => r.synthetic && r.month === '2025-10' && r.asOf === '2025-10-31' && r.executed <= r.allocated && r.allocated <= r.budget));
  t.truthy(records.find((r) => r.program === 'bp-ge-101'));
});

test('every field is read; 천원 amounts become won; missing English names fall back to Korean', (t) => {
  const { records } = parseBudgetPage(month([row]));
  t.deepEqual(records[0], {
    program: 'bp-ge-101', name: { ko: row.세부사업명, en: row.영문사업명 }, department: { ko: '여성정책담당관', en: "Women's Policy Division" }, account: 'general',
    month: '2025-09', asOf: '2025-09-30', budget: 7775889000, allocated: 5832000000, executed: 4000000000, rate: 51.44, synthetic: true,
  });
  const thousands = parseBudgetPage(month([{ ...row, 영문사업명: null, 영문부서명: '', 회계구분: '기금', 세출예산현액: '7775889', 배정액: 5832000, 집행액: 4000000 }], { 단위: '천원', 합성데이터: 'N' })).records[0];
  t.like(thousands, { budget: 7775889000, executed: 4000000000, account: 'fund', synthetic: false, name: { ko: row.세부사업명, en: row.세부사업명 }, department: { ko: '여성정책담당관', en: '여성정책담당관' } });
});

test('rows that cannot be trusted are rejected with a reason', (t) => {
  const bad = [{ ...row, 회계구분: '기타' }, { ...row, 집행액: -1 }, { ...row, 배정액: 9e9 }, { ...row, 집행률: 80 }, { ...row, 사업코드: 'BP 101' }, { ...row, 세부사업명: ' ' }];
  const { records, rejects } = parseBudgetPage(month([row, ...bad]));
  t.is(records.length, 1);
  t.deepEqual(rejects.map((r) => /of 2025-09: ([^:]+):/.exec(r.reason)?.[1]), ['회계구분', '집행액', '배정액', '집행률', '사업코드', '세부사업명']);
  t.regex(rejects[3]!.reason, /집행률: contradicts the amounts \(51\.44\)/);
  t.regex(rejects[0]!.reason, /^bad budget row bp-ge-101 of 2025-09/);
});

test('a month not begun is empty; a page that is not the service throws ParseError', (t) => {
  t.deepEqual(parseBudgetPage(month([], { 기준일자: null })), { records: [], rejects: [] });
  t.throws(() => parseBudgetPage(page('<html>')), { instanceOf: ParseError, message: /not JSON/ });
  t.throws(() => parseBudgetPage(month([row], { 단위: '백만원' })), { instanceOf: ParseError, message: /unknown unit/ });
  t.throws(() => parseBudgetPage(month([row], { 기준일자: '2025-10-01' })), { instanceOf: ParseError, message: /not in 집행월/ });
  t.throws(() => parseBudgetPage(page({ error: 'invalid-parameter' })), { instanceOf: ParseError, message: /not a budget execution page/ });
});
