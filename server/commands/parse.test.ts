import test from 'ava';
import { CommandSchema } from '../contracts/command.ts';
import { MAX_UTTERANCE, parseUtterance, explainUtterance } from './parse.ts';

const ctx = { now: new Date('2025-05-15T01:00:00Z') };

test('one command with its confidence', (t) => {
  const r = parseUtterance('강남구 보여줘', ctx);
  t.deepEqual(r, { command: { type: 'select-district', district: '11680' }, confidence: 1 });
});

test('the same request, however politely or loosely said, gives the same command', (t) => {
  const variants = ['강남구 보여줘', '강남구 좀 보여 주세요', '강남구를 띄워 줘', '강남 보여줄래?', '강남구 표시해 주시겠어요', '강남구 부탁해', 'show gangnam', 'Gangnam-gu please'];
  for (const v of variants) {
    const r = parseUtterance(v, ctx);
    t.true('command' in r && r.command.type === 'select-district' && r.command.district === '11680', v);
  }
});

test('confidence falls with fuzzy names and unknown words, and stays within 0..1', (t) => {
  const exact = parseUtterance('강남구 보여줘', ctx);
  const slip = parseUtterance('강난구 보여줘', ctx);
  const loose = parseUtterance('음 그 강남구 있잖아 보여줘', ctx);
  if (!('command' in exact && 'command' in slip && 'command' in loose)) return t.fail('all three should parse');
  t.true(slip.confidence < exact.confidence);
  t.true(loose.confidence < exact.confidence);
  t.true(slip.confidence > 0 && loose.confidence > 0);
});

test('a real choice is a question with commands to pick from', (t) => {
  const r = parseUtterance('역삼', ctx);
  if (!('clarify' in r)) return t.fail('expected a question');
  t.truthy(r.clarify.question.ko && r.clarify.question.en);
  t.true(r.clarify.options.length >= 2);
  for (const o of r.clarify.options) t.true(CommandSchema.safeParse(o).success);
});

test('nothing said, nothing known, or too much: none, with the reason', (t) => {
  t.deepEqual(parseUtterance('   ', ctx), { none: 'nothing was said' });
  t.deepEqual(parseUtterance('무지개 빛깔', ctx), { none: 'no known words' });
  const r = parseUtterance('오늘 점심 뭐 먹지', ctx);
  t.true('none' in r && /no command fits/.test(r.none));
  t.true('none' in parseUtterance('강남구 '.repeat(MAX_UTTERANCE), ctx));
});

test('the context is validated: a malformed selection is refused', (t) => {
  t.throws(() => parseUtterance('강남구', { now: ctx.now, selection: { district: 'gangnam' } }));
  t.throws(() => parseUtterance('강남구', { now: new Date('invalid') }));
});

test('the explanation shows what was recognized and how the commands ranked', (t) => {
  const e = explainUtterance('강남구랑 서초구 비교해줘', ctx);
  t.is(e.ranked[0]?.type, 'compare-districts');
  t.is(e.analysis.marks.length, 3);
  t.true('command' in e.result);
});
