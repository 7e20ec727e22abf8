import test from 'ava';
import { channels, type ComplaintBoard } from '../contracts/index.ts';
import { findPersonalData } from '../privacy/index.ts';
import { createLiveHub } from './hub.ts';
import { derivePublicComplaints } from './public-complaints.ts';

const board = (title: string): ComplaintBoard => ({
  complaints: [{ id: 'dasan-120:2026-000001', category: 'noise', district: '11440', status: 'received', requestedAt: '2026-12-07T01:00:00.000Z', title }],
  asOf: '2026-12-07T01:00:05.000Z',
});

test('the public feed carries the titles redacted; an invalid feed is not republished', (t) => {
  const hub = createLiveHub();
  const stop = derivePublicComplaints(hub);
  t.teardown(stop);
  t.is(hub.get(channels.publicComplaintFeed()), undefined);
  hub.set(channels.complaintFeed(), board('윗집 소음 신고 (홍길동님 010-1234-5678)'), '2026-12-07T01:00:05.000Z');
  const pub = hub.get(channels.publicComplaintFeed())?.data as ComplaintBoard;
  const title = pub.complaints[0]!.title;
  t.true(title.startsWith('윗집 소음 신고'));
  t.deepEqual(findPersonalData(title), []);
  t.false(title.includes('010-1234-5678'));
  hub.set(channels.complaintFeed(), { nonsense: true }, '2026-12-07T01:01:00.000Z');
  t.is((hub.get(channels.publicComplaintFeed())?.data as ComplaintBoard).complaints[0]!.title, title);
});
