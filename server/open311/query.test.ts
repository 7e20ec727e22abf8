import test from 'ava';
import { Open311Error } from './format.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './port.ts';
import { listParam, parseRequestQuery } from './query.ts';

const NOW = Date.parse('2026-11-27T05:20:00Z');
const DAY = 86_400_000;
const ctx = { now: NOW, knownCodes: new Set(['road-damage', 'noise', 'streetlight']) };
const parse = (qs: string) => parseRequestQuery(new URLSearchParams(qs), ctx);
const problems = (t: { throws: (f: () => unknown, e: object) => unknown }, qs: string): string[] => {
  const err = t.throws(() => parse(qs), { instanceOf: Open311Error }) as Open311Error;
  return err.status === 400 ? err.errors.map((e) => e.description) : [`status ${err.status}`];
};

test('no filters: the last 90 days, newest first, 50 a page, page 1', (t) => {
  t.deepEqual(parse(''), { from: new Date(NOW - 90 * DAY), to: new Date(NOW), limit: DEFAULT_PAGE_SIZE, page: 1 });
});

test('comma lists and repeated parameters both work; blanks are ignored, as the spec says of empty arguments', (t) => {
  t.deepEqual(listParam(new URLSearchParams('a=x,,y&a= z &a='), 'a'), ['x', 'y', 'z']);
  const q = parse('service_code=road-damage,noise&service_code=noise&status=&start_date=&page_size=');
  t.deepEqual(q.serviceCodes, ['road-damage', 'noise']);
  t.is(q.status, undefined);
  t.is(q.limit, DEFAULT_PAGE_SIZE);
});

test('status open or closed; both is the same as none', (t) => {
  t.is(parse('status=open').status, 'open');
  t.is(parse('status=closed').status, 'closed');
  t.is(parse('status=open,closed').status, undefined);
  t.deepEqual(problems(t, 'status=pending'), ['status must be open or closed (got pending)']);
});

test('start_date and end_date: W3C datetimes with a zone, inclusive, at most 90 days apart', (t) => {
  const q = parse('start_date=2026-11-01T00:00:00%2B09:00&end_date=2026-11-20T00:00:00Z');
  t.deepEqual([q.from, q.to], [new Date('2026-10-31T15:00:00Z'), new Date('2026-11-20T00:00:00Z')]);
  const onlyStart = parse('start_date=2026-01-01T00:00:00Z');
  t.deepEqual([onlyStart.from, onlyStart.to], [new Date('2026-01-01T00:00:00Z'), new Date(Date.parse('2026-01-01T00:00:00Z') + 90 * DAY)]);
  const onlyEnd = parse('end_date=2026-06-01T00:00:00Z');
  t.deepEqual([onlyEnd.from, onlyEnd.to], [new Date(Date.parse('2026-06-01T00:00:00Z') - 90 * DAY), new Date('2026-06-01T00:00:00Z')]);
  t.deepEqual(problems(t, 'start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z'), ['start_date and end_date may be at most 90 days apart']);
  t.deepEqual(problems(t, 'start_date=2026-11-02T00:00:00Z&end_date=2026-11-01T00:00:00Z'), ['start_date must not be after end_date']);
  t.deepEqual(problems(t, 'start_date=2026-12-01T00:00:00Z'), ['start_date is in the future']);
  t.deepEqual(problems(t, 'start_date=2026-11-01'), ['start_date must be a W3C datetime with a time zone, such as 2026-11-01T00:00:00+09:00 (got "2026-11-01")']);
  t.deepEqual(problems(t, 'end_date=2026-11-01T00:00:00'), ['end_date must be a W3C datetime with a time zone, such as 2026-11-01T00:00:00+09:00 (got "2026-11-01T00:00:00")']);
});

test('paging: page and page_size (limit is the same setting), bounded', (t) => {
  t.like(parse('page=3&page_size=20'), { page: 3, limit: 20 });
  t.like(parse('limit=500'), { limit: MAX_PAGE_SIZE });
  t.like(parse('limit=20&page_size=20'), { limit: 20 });
  t.deepEqual(problems(t, 'page_size=501'), ['page_size must be a whole number from 1 to 500 (got "501")']);
  t.deepEqual(problems(t, 'page=0'), ['page must be a whole number from 1 to 100000 (got "0")']);
  t.deepEqual(problems(t, 'limit=1.5'), ['limit must be a whole number from 1 to 500 (got "1.5")']);
  t.deepEqual(problems(t, 'limit=10&page_size=20'), ['page_size and limit are the same setting; give one']);
  t.deepEqual(problems(t, 'page=1&page=2'), ['page is given more than once with different values']);
});

test('an unknown service_code is named rather than answered with nothing', (t) => {
  t.deepEqual(problems(t, 'service_code=noise,pot-holes,x'), ['service_code: no such service: pot-holes, x (see services.json)']);
});

test('every problem is reported at once', (t) => {
  t.deepEqual(problems(t, 'service_code=nope&status=maybe&page_size=0&start_date=soon'), [
    'service_code: no such service: nope (see services.json)',
    'status must be open or closed (got maybe)',
    'page_size must be a whole number from 1 to 500 (got "0")',
    'start_date must be a W3C datetime with a time zone, such as 2026-11-01T00:00:00+09:00 (got "soon")',
  ]);
});

test('service_request_id overrides every other argument (even invalid ones), ids deduplicated', (t) => {
  t.deepEqual(parse('service_request_id=dasan-120:2026-000101,dasan-120:2026-000102,dasan-120:2026-000101&status=maybe&start_date=x'), {
    ids: ['dasan-120:2026-000101', 'dasan-120:2026-000102'], limit: 2, page: 1,
  });
  t.deepEqual(problems(t, 'service_request_id=123,dasan-120:1'), ['service_request_id: not a request id: 123 (ids look like dasan-120:2026-000123)']);
  const many = Array.from({ length: 501 }, (_, i) => `x:${i}`).join(',');
  t.deepEqual(problems(t, `service_request_id=${many}`), ['service_request_id: at most 500 ids at once (got 501)']);
});
