import test from 'ava';
import nock from 'nock';
import { EventBatchSchema } from '../../server/contracts/envelope.ts';
import { PollSchema, ProposalSchema } from '../../server/contracts/participation.ts';
import { FetchError, RateLimitedError, UnrecoverableSourceError } from '../_kit/errors.ts';
import { loadJsonFixture, runIntoRecorder } from '../_kit/testing.ts';
import type { PollPage, ProposalPage } from './api.ts';
import { proposals } from './index.ts';

nock.disableNetConnect();
test.after.always(() => nock.cleanAll());

let hostSeq = 0;
const source = () => {
  const host = `http://proposals-${++hostSeq}.test`;
  return { scope: nock(host), config: { PROPOSALS_BASE_URL: `${host}/proposals` } };
};
/** 21:12:34 KST, when the fixtures were recorded, read with `windowMinutes: 30, pageSize: 10`. */
const now = () => Date.parse('2026-01-05T12:12:34Z');
const params = { windowMinutes: 30, pageSize: 10 };
const UNTIL = '2026-01-05T12:12:34.000Z';
const changesQuery = (page: number) => ({ since: '2026-01-05T11:40:00.000Z', until: UNTIL, page: String(page), pageSize: '10' });
const standingQuery = (page: number) => ({ since: '2025-10-07T12:12:34.000Z', until: '2026-01-05T11:39:59.000Z', status: '답변대기,답변완료', page: String(page), pageSize: '10' });
const pollsQuery = { since: '2025-12-22T12:12:34.000Z', until: UNTIL };
const fixture = <T>(name: string) => loadJsonFixture<T>(import.meta.url, `fixtures/${name}.json`);
const changes = [1, 2].map((n) => fixture<ProposalPage>(`changes-${n}`));
const standing = [1, 2].map((n) => fixture<ProposalPage>(`standing-${n}`));
const polls = fixture<PollPage>('polls');
const items = [...changes, ...standing].flatMap((p) => p.items);

const serve = (s: ReturnType<typeof source>, times = 1, pollBody: unknown = polls) => {
  changes.forEach((p, k) => s.scope.get('/proposals/items').query(changesQuery(k + 1)).times(times).reply(200, p));
  standing.forEach((p, k) => s.scope.get('/proposals/items').query(standingQuery(k + 1)).times(times).reply(200, p));
  s.scope.get('/proposals/polls').query(pollsQuery).times(times).reply(200, pollBody as object);
};

test('a run reads the changes, the standing proposals and the polls: one event each, all synthetic and in contract', async (t) => {
  const s = source();
  serve(s);
  const { publisher, run, error } = await runIntoRecorder(proposals, { config: s.config, now, params });
  t.is(error, null);
  t.true(s.scope.isDone());
  const total = items.length + polls.polls.length;
  t.like(run, { outcome: 'ok', fetched: total, parsed: total, emitted: total, dropped: 0 });
  for (const { subject, batch } of publisher.batches) {
    t.notThrows(() => EventBatchSchema.parse(batch));
    t.regex(subject, /^city\.(proposal\.updated|poll\.published)\.(11\d{3}|all)$/);
  }
  const events = publisher.events();
  t.is(new Set(events.map((e) => e.id)).size, total);
  for (const e of events) {
    const payload = e.kind === 'proposal.updated' ? ProposalSchema.parse(e.payload) : PollSchema.parse(e.payload);
    t.true(payload.synthetic);
    t.is(e.district, payload.district);
    if (e.kind === 'proposal.updated') {
      const p = ProposalSchema.parse(e.payload);
      t.is(e.id, `${p.id}:${p.supports}:${p.status}`);
      t.is(e.observedAt, p.updatedAt);
      t.is(e.entity, `proposal:${p.id}`);
    } else t.regex(e.id, /^polls:\d{4}-\d{3}$/);
  }
  t.is(events.filter((e) => e.kind === 'poll.published').length, polls.polls.length);
});

test('a repeated run publishes nothing new', async (t) => {
  const s = source();
  serve(s, 2);
  const first = await runIntoRecorder(proposals, { config: s.config, now, params });
  await runIntoRecorder(proposals, { config: s.config, now, params, publisher: first.publisher });
  t.true(first.publisher.batches.length > 0);
  t.is(first.publisher.duplicates.length, first.publisher.batches.length);
});

test('the default run: the last 30 minutes in pages of 500; `from` replays further back and skips what it covers', async (t) => {
  const s = source();
  const empty = { ...changes[0]!, items: [], hasMore: false, totalCount: 0 };
  const emptyPolls = { ...polls, polls: [], totalCount: 0 };
  s.scope.get('/proposals/items').query({ ...changesQuery(1), pageSize: '500' }).reply(200, empty);
  s.scope.get('/proposals/items').query({ ...standingQuery(1), pageSize: '500' }).reply(200, empty);
  s.scope.get('/proposals/polls').query(pollsQuery).reply(200, emptyPolls);
  t.like((await runIntoRecorder(proposals, { config: s.config, now })).run, { outcome: 'ok', emitted: 0 });
  s.scope.get('/proposals/items').query({ since: '2025-09-01T00:00:00.000Z', until: UNTIL, page: '1', pageSize: '500' }).reply(200, empty);
  s.scope.get('/proposals/polls').query({ since: '2025-09-01T00:00:00.000Z', until: UNTIL }).reply(200, emptyPolls);
  t.like((await runIntoRecorder(proposals, { config: s.config, now, params: { from: '2025-09-01T09:00:00+09:00' } })).run, { outcome: 'ok' });
  t.true(s.scope.isDone());
  t.regex(String((await runIntoRecorder(proposals, { config: s.config, now, params: { windowMinutes: 0 } })).error), /invalid run parameters/);
});

test('bad proposals and polls are quarantined with their reason, the others flow', async (t) => {
  const s = source();
  const page = structuredClone(changes[0]!);
  page.items[0]!.status = '보류';
  page.items[1]!.guCode = '11999';
  page.items[1]!.gu = '없는구';
  page.items[2]!.supports = 640;
  page.items[3]!.field = '우주';
  const bad = structuredClone(polls);
  bad.polls[0]!.marginOfError = 1.2;
  bad.polls[1]!.options[0]!.share = 80;
  s.scope.get('/proposals/items').query(changesQuery(1)).reply(200, { ...page, hasMore: false });
  standing.forEach((p, k) => s.scope.get('/proposals/items').query(standingQuery(k + 1)).reply(200, p));
  s.scope.get('/proposals/polls').query(pollsQuery).reply(200, bad);
  const { publisher, run } = await runIntoRecorder(proposals, { config: s.config, now, params });
  const read = page.items.length + standing.reduce((n, p) => n + p.items.length, 0) + bad.polls.length;
  t.like(run, { outcome: 'partial', fetched: read, dropped: 6, emitted: read - 6 });
  const reasons = publisher.quarantine.map((q) => q.reason).join('\n');
  t.regex(reasons, /status: unknown status/);
  t.regex(reasons, /unknown gu code 11999/);
  t.regex(reasons, /proposal \d{4}-\d{5} does not fit the contract: goalReachedAt/);
  t.regex(reasons, /field: unknown field/);
  t.regex(reasons, /margin of ±1\.2 is smaller than 1000 respondents allow/);
  t.regex(reasons, /options: shares add up to/);
});

test('transient, unrecoverable and rate-limited answers; an unreadable page; no base URL', async (t) => {
  const s = source();
  s.scope.get('/proposals/items').query(changesQuery(1)).reply(502, 'bad gateway');
  t.true((await runIntoRecorder(proposals, { config: s.config, now, params })).error instanceof FetchError);
  s.scope.get('/proposals/items').query(changesQuery(1)).reply(400, { error: 'invalid-parameter', message: 'pageSize' });
  t.true((await runIntoRecorder(proposals, { config: s.config, now, params })).error instanceof UnrecoverableSourceError);
  s.scope.get('/proposals/items').query(changesQuery(1)).reply(429, '', { 'retry-after': '7' });
  t.is(((await runIntoRecorder(proposals, { config: s.config, now, params })).error as RateLimitedError).retryAfterMs, 7000);
  s.scope.get('/proposals/items').query(changesQuery(1)).reply(200, '<html>maintenance</html>');
  standing.forEach((p, k) => s.scope.get('/proposals/items').query(standingQuery(k + 1)).reply(200, p));
  s.scope.get('/proposals/polls').query(pollsQuery).reply(200, polls);
  const partly = await runIntoRecorder(proposals, { config: s.config, now, params });
  t.like(partly.run, { outcome: 'partial', emitted: standing.reduce((n, p) => n + p.items.length, 0) + polls.polls.length });
  t.regex(partly.publisher.quarantine[0]!.reason, /unreadable page/);
  t.regex(String((await runIntoRecorder(proposals, { config: {}, now })).error), /PROPOSALS_BASE_URL is not set/);
});
