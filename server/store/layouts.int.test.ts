import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { builtInLayout } from '../layouts/defaults.ts';
import { deleteLayout, getLayout, LayoutDocumentError, listLayouts, putLayout } from './layouts.ts';

const mayor = builtInLayout('mayor');
const renamed = { ...mayor, name: { ko: '새 이름', en: 'New name' } };

test('inserts expect revision 0, updates the stored revision; a mismatch changes nothing', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    t.is(await getLayout(db, 'role', 'mayor'), null);
    const first = await putLayout(db, 'role', 'mayor', mayor, 0);
    t.true(first.ok);
    t.like(first.ok ? first.value : {}, { scope: 'role', owner: 'mayor', revision: 1 });
    t.deepEqual(await putLayout(db, 'role', 'mayor', renamed, 0), { ok: false, revision: 1 });
    t.deepEqual(await putLayout(db, 'role', 'mayor', renamed, 2), { ok: false, revision: 1 });
    t.deepEqual(await putLayout(db, 'user', 'kim.minsu', renamed, 3), { ok: false, revision: null });

    const second = await putLayout(db, 'role', 'mayor', renamed, 1);
    t.is(second.ok ? second.value.revision : -1, 2);
    const stored = await getLayout(db, 'role', 'mayor');
    t.deepEqual(stored?.layout, renamed);
    t.is(stored?.revision, 2);
    t.true(stored?.updatedAt instanceof Date);

    const unconditional = await putLayout(db, 'role', 'mayor', mayor, null);
    t.is(unconditional.ok ? unconditional.value.revision : -1, 3);
    const created = await putLayout(db, 'user', 'kim.minsu', mayor, null);
    t.is(created.ok ? created.value.revision : -1, 1);
    t.deepEqual((await listLayouts(db)).map((l) => `${l.scope}/${l.owner}@${l.revision}`), ['role/mayor@3', 'user/kim.minsu@1']);
  } finally {
    await done();
  }
});

test('two writers expecting the same revision: exactly one wins', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const inserts = await Promise.all([putLayout(db, 'role', 'public', mayor, 0), putLayout(db, 'role', 'public', renamed, 0)]);
    t.is(inserts.filter((r) => r.ok).length, 1);
    const updates = await Promise.all(Array.from({ length: 5 }, () => putLayout(db, 'role', 'public', renamed, 1)));
    t.is(updates.filter((r) => r.ok).length, 1);
    t.deepEqual(updates.filter((r) => !r.ok)[0], { ok: false, revision: 2 });
  } finally {
    await done();
  }
});

test('delete honours the expected revision and reports whether a layout was stored', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    t.deepEqual(await deleteLayout(db, 'role', 'mayor', null), { ok: true, value: false });
    t.deepEqual(await deleteLayout(db, 'role', 'mayor', 0), { ok: true, value: false });
    await putLayout(db, 'role', 'mayor', mayor, 0);
    t.deepEqual(await deleteLayout(db, 'role', 'mayor', 0), { ok: false, revision: 1 });
    t.deepEqual(await deleteLayout(db, 'role', 'mayor', 4), { ok: false, revision: 1 });
    t.deepEqual(await deleteLayout(db, 'role', 'mayor', 1), { ok: true, value: true });
    t.is(await getLayout(db, 'role', 'mayor'), null);
    t.deepEqual(await deleteLayout(db, 'role', 'mayor', 1), { ok: false, revision: null });
  } finally {
    await done();
  }
});

test('a stored document that is not a layout is refused on write and reported on read', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    await t.throwsAsync(putLayout(db, 'role', 'mayor', { ...mayor, startScreen: 'nowhere' }, 0));
    await db.query(`INSERT INTO layouts (scope, owner, document, revision) VALUES ('role', 'auditor', '{"version":2}', 1)`);
    await t.throwsAsync(getLayout(db, 'role', 'auditor'), { instanceOf: LayoutDocumentError });
  } finally {
    await done();
  }
});
