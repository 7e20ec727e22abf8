import test from 'ava';
import type { Call } from '../../../server/contracts/index.ts';
import { aboutText, durationText, inboxCalls, isOverFor, ringingFor, stateText, whoText } from './call-model.ts';

const call = (over: Partial<Call> = {}): Call => ({
  id: 'c-abcdefghijklmnopqrstuvwxyz',
  from: { login: 'mayor', role: 'mayor', name: '시장' },
  to: [{ login: 'kim.fire', role: 'official', name: '김소방' }, { login: 'han.fire', role: 'official', name: '한소방' }],
  incident: 'fire-119:20210101-0001',
  station: { id: 'fire-station:11680', name: { ko: '강남소방서', en: 'Gangnam Fire Station' } },
  reason: null, state: 'ringing', answeredBy: null, declinedBy: [],
  times: { placed: '2026-11-27T05:20:00.000Z', ringsUntil: '2026-11-27T05:20:45.000Z', answered: null, ended: null },
  endedBy: null, version: 0, ...over,
});

test('the inbox value: its calls, or none when missing or not valid', (t) => {
  t.is(inboxCalls({ login: 'kim.fire', calls: [call()] }).length, 1);
  t.deepEqual(inboxCalls(null), []);
  t.deepEqual(inboxCalls({ login: 'kim.fire', calls: [{ id: 'nope' }] }), []);
});

test('ringing for me: calls to me that I have not declined, never my own', (t) => {
  const mine = call({ id: 'c-bbbbbbbbbbbbbbbbbbbbbbbbbb', from: { login: 'kim.fire', role: 'official', name: '김소방' }, to: [{ login: 'room', role: 'situation-room', name: '상황실' }] });
  t.deepEqual(ringingFor([call(), mine], 'kim.fire').map((c) => c.id), ['c-abcdefghijklmnopqrstuvwxyz']);
  t.deepEqual(ringingFor([call({ declinedBy: ['kim.fire'] })], 'kim.fire'), []);
  t.deepEqual(ringingFor([call({ state: 'connected', answeredBy: 'han.fire' })], 'kim.fire'), []);
});

test('who and what, in both languages', (t) => {
  t.is(whoText(call(), 'mayor', 'en'), 'Gangnam Fire Station · 김소방, 한소방');
  t.is(whoText(call({ state: 'connected', answeredBy: 'han.fire' }), 'mayor', 'ko'), '강남소방서 · 한소방');
  t.is(whoText(call(), 'kim.fire', 'en'), '시장');
  t.is(stateText(call(), 'mayor', 'en'), 'Calling…');
  t.is(stateText(call(), 'kim.fire', 'ko'), '수신 전화');
  t.is(stateText(call({ state: 'connected', answeredBy: 'kim.fire' }), 'kim.fire', 'en'), 'Connecting…');
  t.is(stateText(call({ state: 'connected', answeredBy: 'kim.fire' }), 'kim.fire', 'en', 'connected'), 'Connected');
  t.is(stateText(call({ state: 'connected', answeredBy: 'han.fire' }), 'kim.fire', 'en'), 'Answered by someone else');
  t.is(stateText(call({ state: 'ended', endedBy: { login: 'mayor', reason: 'cancelled' } }), 'kim.fire', 'en'), 'Call cancelled');
  t.is(stateText(call({ state: 'missed' }), 'mayor', 'ko'), '응답 없음');
  t.is(aboutText(call(), 'en'), 'About incident fire-119:20210101-0001 · Responsible unit Gangnam Fire Station');
  t.is(aboutText(call({ incident: null, station: null }), 'en'), null);
});

test('over for me: final states, or answered by another callee', (t) => {
  t.false(isOverFor(call(), 'kim.fire'));
  t.true(isOverFor(call({ state: 'connected', answeredBy: 'han.fire' }), 'kim.fire'));
  t.false(isOverFor(call({ state: 'connected', answeredBy: 'han.fire' }), 'mayor'));
  t.true(isOverFor(call({ state: 'declined' }), 'mayor'));
});

test('the duration of a connected call', (t) => {
  const answered = call({ state: 'connected', times: { ...call().times, answered: '2026-11-27T05:20:05.000Z' } });
  t.is(durationText(answered, Date.parse('2026-11-27T05:21:10.000Z')), '01:05');
  t.is(durationText(call(), Date.now()), '');
});
