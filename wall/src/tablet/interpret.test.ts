import test from 'ava';
import { InterpretResponseSchema } from '../../../server/contracts/index.ts';
import { CONFIRM_BELOW, outcomeOf } from './interpret.ts';

const res = (x: unknown) => InterpretResponseSchema.parse(x);
const gangnam = { type: 'select-district', district: '11680' } as const;

test('a sure, allowed command is sent at once', (t) => {
  t.deepEqual(outcomeOf(res({ kind: 'command', command: gangnam, confidence: 0.92, allowed: true })), { kind: 'send', command: gangnam, confidence: 0.92 });
  t.is(outcomeOf(res({ kind: 'command', command: gangnam, confidence: CONFIRM_BELOW, allowed: true })).kind, 'send');
});

test('an unsure command waits for a yes', (t) => {
  t.deepEqual(outcomeOf(res({ kind: 'command', command: gangnam, confidence: 0.4, allowed: true })), { kind: 'confirm', command: gangnam, confidence: 0.4 });
});

test('a command the role may not issue is not sent, however sure', (t) => {
  const call = { type: 'call-official', role: 'fire-commander' } as const;
  t.deepEqual(outcomeOf(res({ kind: 'command', command: call, confidence: 0.99, allowed: false })), { kind: 'refused', command: call });
});

test('"send this to the wall" sends the view, to the wall named or the paired one', (t) => {
  t.deepEqual(outcomeOf(res({ kind: 'command', command: { type: 'send-to-wall', wall: 'gu-11680' }, confidence: 0.9, allowed: true })), { kind: 'send-view', wall: 'gu-11680', confidence: 0.9 });
  t.deepEqual(outcomeOf(res({ kind: 'command', command: { type: 'send-to-wall' }, confidence: 0.8, allowed: true })), { kind: 'send-view', wall: null, confidence: 0.8 });
});

test('a question back offers its choices; nothing understood says why', (t) => {
  const q = { ko: '어느 구요?', en: 'Which district?' };
  const options = [gangnam, { type: 'select-district', district: '11650' } as const];
  t.deepEqual(outcomeOf(res({ kind: 'clarify', question: q, options })), { kind: 'choose', question: q, options });
  t.deepEqual(outcomeOf(res({ kind: 'clarify', question: q, options: [] })), { kind: 'choose', question: q, options: [] }, 'the question alone still says what is missing');
  t.deepEqual(outcomeOf(res({ kind: 'none', reason: 'no command matched' })), { kind: 'not-understood', reason: 'no command matched' });
});
