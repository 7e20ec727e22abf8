import test from 'ava';
import { openDatabase } from '../client.ts';
import { createTempDatabase, testLogger } from '../testing/temp-database.ts';

const withDb = async (fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<void>): Promise<void> => {
  const temp = await createTempDatabase();
  const db = await openDatabase({ url: temp.url, poolSize: 2 }, testLogger());
  try {
    await db.query(`CREATE TABLE t (id int PRIMARY KEY, note text, at timestamptz, doc jsonb, raw bytea, ok boolean)`);
    await fn(db);
  } finally {
    await db.close();
    await temp.drop();
  }
};

test('copyInto round-trips text, nulls, dates, JSON, bytes and booleans', async (t) => {
  await withDb(async (db) => {
    const at = new Date('2025-03-01T12:34:56.789Z');
    const rows = [
      [1, 'tab\there\nnewline \\ backslash 한글', at, { a: 'x\ty' }, new Uint8Array([0, 9, 255]), true],
      [2, null, null, null, null, null],
    ];
    t.is(await db.transaction((tx) => tx.copyInto('t', ['id', 'note', 'at', 'doc', 'raw', 'ok'], rows)), 2);
    const back = await db.query<{ id: number; note: string | null; at: Date | null; doc: unknown; raw: Uint8Array | null; ok: boolean | null }>(
      `SELECT id, note, at, doc, raw, ok FROM t ORDER BY id`,
    );
    t.deepEqual(back.map((r) => ({ ...r, raw: r.raw ? [...r.raw] : null })), [
      { id: 1, note: rows[0]?.[1], at, doc: { a: 'x\ty' }, raw: [0, 9, 255], ok: true },
      { id: 2, note: null, at: null, doc: null, raw: null, ok: null },
    ]);
  });
});

test('a COPY the server rejects fails its savepoint without hanging; the transaction goes on', async (t) => {
  await withDb(async (db) => {
    await db.transaction((tx) => tx.copyText('t', ['id'], '1\n'));
    const result = await db.transaction(async (tx) => {
      await t.throwsAsync(tx.savepoint((sp) => sp.copyText('t', ['id'], '2\n1\n')), { name: 'CopyError' });
      const many = Array.from({ length: 30_000 }, (_, i) => `${i + 10}\n`).join('');
      await t.throwsAsync(tx.savepoint((sp) => sp.copyText('t', ['id'], `${many}1\n`)), { name: 'CopyError' });
      return tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM t`);
    });
    t.is(result[0]?.n, 1);
    await t.throwsAsync(db.transaction((tx) => tx.copyText('t', ['id'], '1\n')), { name: 'CopyError' });
  });
});

test('a failure on our side aborts the COPY and leaves the pool usable', async (t) => {
  await withDb(async (db) => {
    function* bad(): Generator<string> {
      yield '5\n';
      throw new Error('serializer broke');
    }
    await t.throwsAsync(db.transaction((tx) => tx.copyText('t', ['id'], bad())), { message: /serializer broke/ });
    const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM t`);
    t.is(rows[0]?.n, 0);
  });
});
