import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import type { Complaint, ComplaintStatus } from '../contracts/index.ts';
import { CATEGORIES, D, filed, foldAll, H, ROADS_DEPT, status, T0 } from '../actors/complaint/testing.ts';
import {
  complaintsToResume, decodeComplaintCursor, getComplaint, queryComplaints, upsertComplaints,
} from './complaints.ts';

const M = 60_000;

/** A fixed-seed generator (mulberry32), so the data set is the same on every run. */
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};

/** 60 synthetic complaints, one every 30 minutes, across three gu and three categories, at every status. */
const dataset = (): Complaint[] => {
  const r = rng(11);
  const gus = ['11680', '11110', '11440'];
  const path: ComplaintStatus[][] = [[], ['assigned'], ['assigned', 'in-progress'], ['answered'], ['answered', 'closed'], ['answered', 'reopened']];
  return Array.from({ length: 60 }, (_, k) => {
    const n = String(k).padStart(3, '0');
    const at = T0 + k * 30 * M;
    const category = (CATEGORIES[k % 3] ?? CATEGORIES[0])?.code ?? 'noise';
    const events: unknown[] = [filed(n, at, {
      category, district: k % 10 === 9 ? null : (gus[k % 3] as string), lon: 127 + r() * 0.1, lat: 37.45 + r() * 0.15,
    })];
    let next = at;
    for (const s of path[k % 6] ?? []) {
      next += (1 + Math.floor(r() * 48)) * H;
      events.push(status(n, s, next));
    }
    return foldAll(events, at);
  });
};

test('upsert keeps the newest state; get reads every field back', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const v1 = foldAll([filed('1', T0)]);
    const v2 = foldAll([filed('1', T0), status('1', 'assigned', T0 + H, { department: ROADS_DEPT, note: '도로관리과 이관' })], T0 + H);
    await upsertComplaints(db, [v1]);
    t.deepEqual(await getComplaint(db, 'dasan-120:1'), v1);
    await upsertComplaints(db, [v2, v1]);
    t.deepEqual(await getComplaint(db, 'dasan-120:1'), v2, 'the newer of a batch wins');
    await upsertComplaints(db, [v1]);
    t.deepEqual(await getComplaint(db, 'dasan-120:1'), v2, 'an older state never overwrites a newer one');
    const answered = foldAll([filed('2', T0, { district: null, lon: null, lat: null, dong: null, address: null }), status('2', 'answered', T0 + D), status('2', 'closed', T0 + 2 * D)]);
    await upsertComplaints(db, [answered]);
    t.deepEqual(await getComplaint(db, 'dasan-120:2'), answered);
    t.is(await getComplaint(db, 'dasan-120:404'), null);
    t.is(await getComplaint(db, 'not an id'), null);
    const [row] = await db.query<{ district: string | null; due_at: Date; answered_at: Date; reopened: number; history: unknown[]; reporter: { name: string | null } }>(
      "select district, due_at, answered_at, reopened, history, reporter from complaints where id = 'dasan-120:2'");
    t.deepEqual([row?.district, row?.due_at.toISOString(), row?.answered_at.toISOString(), row?.reopened, row?.history.length, row?.reporter.name],
      [null, answered.dueAt, answered.answeredAt, 0, 3, '홍길동']);
    await t.throwsAsync(upsertComplaints(db, [{ ...v1, status: 'lost' } as unknown as Complaint]));
    await t.notThrowsAsync(upsertComplaints(db, []));
  } finally {
    await done();
  }
});

test('query: filters, newest filing first, and a cursor that walks every page once', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const all = dataset();
    await upsertComplaints(db, all);
    const newestFirst = [...all].reverse().map((c) => c.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await queryComplaints(db, { limit: 7, ...(cursor === undefined ? {} : { cursor }) });
      seen.push(...page.complaints.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor !== undefined);
    t.deepEqual(seen, newestFirst);
    t.is(pages, 9);

    const ids = async (q: Parameters<typeof queryComplaints>[1]) => (await queryComplaints(db, q)).complaints.map((c) => c.id);
    const expect = (keep: (c: Complaint) => boolean) => all.filter(keep).map((c) => c.id).reverse();
    t.deepEqual(await ids({ district: '11680', limit: 100 }), expect((c) => c.district === '11680'));
    t.deepEqual(await ids({ category: 'noise', limit: 100 }), expect((c) => c.category === 'noise'));
    t.deepEqual(await ids({ district: '11110', category: 'road-damage', limit: 100 }), expect((c) => c.district === '11110' && c.category === 'road-damage'));
    t.deepEqual(await ids({ status: 'closed', limit: 100 }), expect((c) => c.status === 'closed'));
    const open = await ids({ status: 'open', limit: 100 });
    t.deepEqual(open, expect((c) => ['received', 'assigned', 'in-progress', 'reopened'].includes(c.status)));
    t.is(open.length, 40);
    t.deepEqual(await ids({ from: new Date(T0 + 60 * M), to: new Date(T0 + 180 * M), limit: 100 }), ['dasan-120:005', 'dasan-120:004', 'dasan-120:003', 'dasan-120:002']);
  } finally {
    await done();
  }
});

test('query input is checked before any SQL runs', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const bad: Array<Record<string, unknown>> = [
      { limit: 0 }, { limit: 501 }, { limit: 10, district: '26110' }, { limit: 10, status: 'lost' }, { limit: 10, category: '' },
      { limit: 10, from: new Date(T0), to: new Date(T0) }, { limit: 10, cursor: 'bm9wZQ' },
    ];
    for (const q of bad) await t.throwsAsync(queryComplaints(db, q as never), undefined, JSON.stringify(q));
    t.is(decodeComplaintCursor('%%%'), null);
  } finally {
    await done();
  }
});

test('resume: filed since, open whenever filed, changed since; oldest first; the limit drops the oldest', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const oldOpen = foldAll([filed('old-open', T0 - 90 * D)], T0 - 90 * D);
    const oldClosed = foldAll([filed('old-closed', T0 - 90 * D), status('old-closed', 'closed', T0 - 89 * D)], T0 - 89 * D);
    const oldReopenedRecently = foldAll([filed('old-answered', T0 - 60 * D), status('old-answered', 'answered', T0 - 59 * D), status('old-answered', 'closed', T0 - 5 * D)], T0 - 5 * D);
    const recent = foldAll([filed('recent', T0 - 2 * D), status('recent', 'answered', T0 - D)], T0 - D);
    await upsertComplaints(db, [recent, oldClosed, oldOpen, oldReopenedRecently]);
    const since = new Date(T0 - 30 * D);
    t.deepEqual((await complaintsToResume(db, { since })).map((c) => c.id), ['dasan-120:old-open', 'dasan-120:old-answered', 'dasan-120:recent']);
    t.deepEqual((await complaintsToResume(db, { since, limit: 2 })).map((c) => c.id), ['dasan-120:old-answered', 'dasan-120:recent']);
    const [plan] = await db.query<{ n: number }>("select count(*)::int as n from pg_indexes where tablename = 'complaints'");
    t.is(plan?.n, 5, 'the key and four indexes');
  } finally {
    await done();
  }
});
