import test from 'ava';
import { analyze } from './analyze.ts';
import { compileCommands, dedupe, rank, shapeOf } from './match.ts';

const NOW = new Date('2025-05-15T01:00:00Z');
const COMMANDS = compileCommands();
const top = (text: string): { type: string; score: number } => {
  const r = rank(analyze(text, NOW), COMMANDS)[0];
  return { type: r?.type ?? '', score: r?.score ?? 0 };
};

test('a pattern is a bag of meanings; its words stand for their weightiest sense', (t) => {
  const s = shapeOf('call the {official}');
  t.deepEqual(s.elements.map((e) => [...e]), [['call'], ['official']]);
  t.deepEqual(s.unknown, []);
  t.deepEqual(shapeOf('{district} 무지개 보여줘').unknown, ['무지개']);
});

test('word order does not matter', (t) => {
  const a = top('강남구랑 서초구 비교해줘');
  const b = top('비교해줘 서초구랑 강남구');
  t.is(a.type, 'compare-districts');
  t.deepEqual(b, a);
});

test('an exact pattern scores 1; extra words the command can take cost little, others more', (t) => {
  t.is(top('강남구 보여줘').score, 1);
  const withPeriod = top('작년 고용률 보여줘');
  t.is(withPeriod.type, 'open-indicator');
  t.true(withPeriod.score > 0.95);
  t.true(top('강남구 보여줘 점심').score < 1);
});

test('a concept said twice counts once', (t) => {
  const marks = analyze('띄워봐', NOW).marks;
  t.is(marks.length, 2);
  t.is(dedupe(marks).length, 1);
});

test('every command compiles, with at least five patterns', (t) => {
  t.is(COMMANDS.length, 33);
  for (const c of COMMANDS) t.true(c.patterns.length >= 5, c.type);
});
