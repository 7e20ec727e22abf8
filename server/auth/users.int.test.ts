import test from 'ava';
import { migratedTempDatabase } from '../../db/testing/temp-database.ts';
import { createUserStore, LastAdministratorError, LoginTakenError, UserScopeError, type NewUser } from './users.ts';

const HASH = 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=';
const NOW = Date.parse('2026-11-27T05:20:00Z');

const person = (login: string, over: Partial<NewUser> = {}): NewUser => ({ login, role: 'mayor', passwordHash: HASH, ...over });

test('create, look up by login and id, list without hashes; logins are unique', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = createUserStore(db, () => NOW);
    const head = await store.create(person('lee.gangnam', { role: 'district-head', districts: ['11680'], displayName: '이강남' }));
    t.like(head, { login: 'lee.gangnam', displayName: '이강남', role: 'district-head', districts: ['11680'], departments: [], disabled: false });
    t.is(head.createdAt.getTime(), NOW);
    t.false('passwordHash' in head);
    await store.create(person('kim.official', { role: 'official', departments: ['air-quality'] }));
    await store.create(person('admin', { role: 'administrator' }));

    t.is((await store.byLogin('lee.gangnam'))?.passwordHash, HASH);
    t.is((await store.byId(head.id))?.login, 'lee.gangnam');
    t.is(await store.byLogin('nobody'), null);
    t.is(await store.byId('nope'), null);
    const listed = await store.list();
    t.deepEqual(listed.map((u) => u.login), ['admin', 'kim.official', 'lee.gangnam']);
    t.true(listed.every((u) => !('passwordHash' in u)));
    t.is(listed[0]?.displayName, 'admin');

    const taken = await t.throwsAsync(store.create(person('lee.gangnam')), { instanceOf: LoginTakenError });
    t.is(taken?.login, 'lee.gangnam');
    t.is((await store.list()).length, 3);
  } finally {
    await done();
  }
});

test('create refuses a role without its scope, or a scope without its role, and bad logins', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = createUserStore(db);
    const e = await t.throwsAsync(store.create(person('head', { role: 'district-head' })), { instanceOf: UserScopeError });
    t.deepEqual(e?.issues.map((i) => i.field), ['districts']);
    await t.throwsAsync(store.create(person('head', { role: 'district-head', districts: ['11999'] })), { instanceOf: UserScopeError });
    await t.throwsAsync(store.create(person('mayor', { districts: ['11680'] })), { instanceOf: UserScopeError });
    await t.throwsAsync(store.create(person('auditor', { role: 'auditor', departments: ['audit'] })), { instanceOf: UserScopeError });
    await t.throwsAsync(store.create(person('anon', { role: 'public' as 'mayor' })), { instanceOf: UserScopeError });
    await t.throwsAsync(store.create(person('Not A Login')));
    t.deepEqual(await store.list(), []);
  } finally {
    await done();
  }
});

test('update changes role and scope together, disables, and reports the state before', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    let now = NOW;
    const store = createUserStore(db, () => now);
    await store.create(person('admin', { role: 'administrator' }));
    await store.create(person('lee', { role: 'district-head', districts: ['11680'] }));
    now += 1000;
    const moved = await store.update('lee', { districts: ['11110'] });
    t.deepEqual(moved?.before.districts, ['11680']);
    t.deepEqual(moved?.after.districts, ['11110']);
    t.is(moved?.after.updatedAt.getTime(), NOW + 1000);

    const promoted = await store.update('lee', { role: 'deputy-mayor' });
    t.like(promoted?.after, { role: 'deputy-mayor', districts: [], departments: [] });
    await t.throwsAsync(store.update('lee', { role: 'district-head' }), { instanceOf: UserScopeError });
    await t.throwsAsync(store.update('lee', { departments: ['transport'] }), { instanceOf: UserScopeError });
    t.is((await store.byLogin('lee'))?.role, 'deputy-mayor');

    const off = await store.update('lee', { disabled: true });
    t.true(off?.after.disabled);
    t.false(off?.before.disabled);
    t.is(await store.update('ghost', { disabled: true }), null);
  } finally {
    await done();
  }
});

test('the last enabled administrator can be neither demoted nor disabled', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = createUserStore(db);
    await store.create(person('root', { role: 'administrator' }));
    await t.throwsAsync(store.update('root', { role: 'mayor' }), { instanceOf: LastAdministratorError });
    await t.throwsAsync(store.update('root', { disabled: true }), { instanceOf: LastAdministratorError });
    t.like(await store.byLogin('root'), { role: 'administrator', disabled: false });
    t.is((await store.update('root', { displayName: 'Root' }))?.after.displayName, 'Root');

    await store.create(person('second', { role: 'administrator' }));
    await store.update('second', { disabled: true });
    await t.throwsAsync(store.update('root', { disabled: true }), { instanceOf: LastAdministratorError });
    await store.update('second', { disabled: false });
    t.is((await store.update('root', { role: 'auditor' }))?.after.role, 'auditor');
    await t.throwsAsync(store.update('second', { disabled: true }), { instanceOf: LastAdministratorError });
  } finally {
    await done();
  }
});

test('a new password hash replaces the old one', async (t) => {
  const { db, done } = await migratedTempDatabase();
  try {
    const store = createUserStore(db);
    const u = await store.create(person('kim'));
    await store.setPasswordHash(u.id, 'scrypt$other');
    t.is((await store.byLogin('kim'))?.passwordHash, 'scrypt$other');
  } finally {
    await done();
  }
});
