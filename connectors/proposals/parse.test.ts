import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { loadFixture } from '../_kit/testing.ts';
import { parseProposalsPage, type PollRecord, type ProposalRecord } from './parse.ts';

const page = (body: unknown) => ({ body: typeof body === 'string' ? body : JSON.stringify(body), contentType: 'application/json', url: 'http://x.test/proposals/items' });
const changes = JSON.parse(loadFixture(import.meta.url, 'fixtures/changes-1.json')) as { items: Record<string, unknown>[] };
const standing = JSON.parse(loadFixture(import.meta.url, 'fixtures/standing-1.json')) as { items: Record<string, unknown>[] };
const polls = JSON.parse(loadFixture(import.meta.url, 'fixtures/polls.json')) as { polls: Record<string, unknown>[] };
const one = (item: Record<string, unknown>) => parseProposalsPage(page({ items: [item] }));

test('a proposals page: Korean statuses and fields become codes, times epoch ms', (t) => {
  const { records, rejects } = parseProposalsPage(page(changes));
  t.is(rejects.length, 0);
  t.is(records.length, changes.items.length);
  const r = records[0] as ProposalRecord;
  const raw = changes.items[0]!;
  t.like(r, { kind: 'proposal', no: raw['no'], supports: raw['supports'], synthetic: true });
  t.is(r.filedAt, Date.parse(raw['filedAt'] as string));
  t.true(['open', 'closed-unsupported'].includes(r.status));
  const owed = parseProposalsPage(page(standing)).records as ProposalRecord[];
  t.true(owed.some((a) => a.status === 'answered') && owed.some((a) => a.status === 'awaiting-response'));
  for (const a of owed) {
    t.is(a.answer !== null, a.status === 'answered');
    t.true(a.supports >= a.supportGoal && a.goalReachedAt !== null && (a.answer === null || a.answer.at > a.deadline));
  }
});

test('a polls page: methods become phone, online or mixed; confidence a fraction', (t) => {
  const { records, rejects } = parseProposalsPage(page(polls));
  t.is(rejects.length, 0);
  const p = records[0] as PollRecord;
  t.like(p, { kind: 'poll', confidence: 0.95 });
  t.true(['phone', 'online', 'mixed'].includes(p.method));
  t.is(p.fieldwork.from, polls.polls[0]!['fieldworkStart'] as string);
});

test('bad proposals become rejects with their reason', (t) => {
  const base = changes.items[1]!;
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ ...base, status: '보류' }, /status: unknown status/],
    [{ ...base, field: '우주' }, /field: unknown field/],
    [{ ...base, filedAt: 'yesterday' }, /filedAt: not an ISO 8601/],
    [{ ...base, deadline: base['filedAt'] }, /deadline: not after filedAt/],
    [{ ...base, gu: '마포구', guCode: null }, /gu: gu and guCode: both or neither/],
    [{ ...base, supports: -3 }, /supports/],
    [{ ...base, no: '12' }, /no: a proposal number/],
  ];
  for (const [item, reason] of cases) {
    const { records, rejects } = one(item);
    t.is(records.length, 0);
    t.regex(rejects[0]!.reason, reason);
    t.regex(rejects[0]!.reason, /^bad proposal/);
  }
});

test('long texts are cut with an ellipsis; an English title may be missing', (t) => {
  const { records } = one({ ...changes.items[1]!, title: '가'.repeat(250), titleEn: null, summary: '나'.repeat(2500) });
  const r = records[0] as ProposalRecord;
  t.is(r.title.length, 200);
  t.true(r.title.endsWith('…'));
  t.is(r.summary.length, 2000);
  t.is(r.titleEn, null);
});

test('bad polls become rejects: unknown method, dates out of order, shares that do not add up', (t) => {
  const base = polls.polls[0]!;
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ ...base, method: '우편' }, /method: unknown method/],
    [{ ...base, fieldworkStart: '2026-01-09', fieldworkEnd: '2026-01-02' }, /fieldworkEnd: before fieldworkStart/],
    [{ ...base, options: [{ label: '찬성', labelEn: 'For', share: 30 }, { label: '반대', labelEn: 'Against', share: 20 }] }, /shares add up to 50\.0/],
    [{ ...base, sampleSize: 0 }, /sampleSize/],
  ];
  for (const [item, reason] of cases) {
    const { records, rejects } = parseProposalsPage(page({ polls: [item] }));
    t.is(records.length, 0);
    t.regex(rejects[0]!.reason, reason);
  }
});

test('a page that is not the feed is unreadable', (t) => {
  t.throws(() => parseProposalsPage(page('<html>maintenance</html>')), { instanceOf: ParseError, message: /not JSON/ });
  t.throws(() => parseProposalsPage(page({ complaints: [] })), { instanceOf: ParseError, message: /neither/ });
});
