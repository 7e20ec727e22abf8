import test from 'ava';
import { callOfRequest } from './call-commands.ts';

test('an official by role, in the gu when named, about the incident when there is one', (t) => {
  t.deepEqual(callOfRequest({ role: 'district-head', district: '11680', incident: null }), { target: { role: 'district-head', district: '11680' }, about: {} });
  t.deepEqual(callOfRequest({ role: 'fire-commander', district: null, incident: 'fire-119:1' }), { target: { role: 'fire-commander' }, about: { incident: 'fire-119:1' } });
  t.deepEqual(callOfRequest({ role: 'police-chief', district: '11110', incident: 'police-112:7' }), { target: { role: 'police-chief', district: '11110' }, about: { incident: 'police-112:7' } });
});
