import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { classifyResultCode, readEnvelope } from './envelope.ts';

const body = (b: unknown, code = '00') => JSON.stringify({ response: { header: { resultCode: code, resultMsg: 'x' }, body: b } });

test('reads items, paging and cursor fields', (t) => {
  const env = readEnvelope(body({ items: { item: [{ a: 1 }, { a: 2 }] }, numOfRows: 2, totalCount: '7', pageNo: 1, nextCursor: '10-4', hasMore: true }));
  t.deepEqual(env, { code: '00', message: 'x', items: [{ a: 1 }, { a: 2 }], totalCount: 7, pageNo: 1, numOfRows: 2, nextCursor: '10-4', hasMore: true });
});

test('the data.go.kr quirks: items "" when empty, a single item as an object, no body on errors', (t) => {
  t.deepEqual(readEnvelope(body({ items: '', numOfRows: 0 })).items, []);
  t.deepEqual(readEnvelope(body({ items: { item: { a: 1 } } })).items, [{ a: 1 }]);
  const err = readEnvelope(JSON.stringify({ response: { header: { resultCode: '30', resultMsg: 'SERVICE_KEY_IS_NOT_REGISTERED_ERROR' } } }));
  t.like(err, { code: '30', items: [], hasMore: false, nextCursor: null });
});

test('anything else is a ParseError', (t) => {
  t.throws(() => readEnvelope('<OpenAPI_ServiceResponse/>'), { instanceOf: ParseError, message: /not JSON/ });
  t.throws(() => readEnvelope('{"RESULT":{"CODE":"INFO-000"}}'), { instanceOf: ParseError, message: /unknown envelope/ });
  t.throws(() => readEnvelope(body({ items: { item: 5 } })), { instanceOf: ParseError });
});

test('result codes decide what happens', (t) => {
  t.is(classifyResultCode('00'), 'ok');
  t.is(classifyResultCode('03'), 'empty');
  t.is(classifyResultCode('22'), 'rate-limited');
  for (const c of ['10', '11', '12', '20', '30', '31', '32', '33']) t.is(classifyResultCode(c), 'unrecoverable', c);
  for (const c of ['01', '02', '04', '05', '21', '99', 'X']) t.is(classifyResultCode(c), 'transient', c);
});
