/**
 * @module server/store/layouts
 * Wall layouts per role or user. Writes name the revision they read: an insert expects 0 (nothing
 * stored), an update the stored revision; a mismatch changes nothing and reports the revision found.
 * The checks are part of the statement (`ON CONFLICT DO NOTHING`, `WHERE revision = $n`), so two
 * writers racing cannot both win.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { layouts } from '../../db/schema/index.ts';
import { LayoutSchema, type Layout, type LayoutScope } from '../contracts/index.ts';

export interface LayoutRow {
  scope: LayoutScope;
  owner: string;
  layout: Layout;
  revision: number;
  updatedAt: Date;
}

/** A write either happened, or found another revision (null = nothing stored) and did nothing. */
export type LayoutWriteResult<T> = { ok: true; value: T } | { ok: false; revision: number | null };

export class LayoutDocumentError extends Error {
  override name = 'LayoutDocumentError';
}

type Selected = typeof layouts.$inferSelect;

const toRow = (r: Selected): LayoutRow => {
  const parsed = LayoutSchema.safeParse(r.document);
  if (!parsed.success) throw new LayoutDocumentError(`stored layout ${r.scope}/${r.owner} is not a valid layout: ${parsed.error.message}`);
  return { scope: r.scope, owner: r.owner, layout: parsed.data, revision: r.revision, updatedAt: new Date(r.updatedAt) };
};

const whose = (scope: LayoutScope, owner: string): SQL | undefined => and(eq(layouts.scope, scope), eq(layouts.owner, owner));

export const getLayout = async (db: Database, scope: LayoutScope, owner: string): Promise<LayoutRow | null> => {
  const [r] = await db.orm.select().from(layouts).where(whose(scope, owner));
  return r ? toRow(r) : null;
};

export const listLayouts = async (db: Database): Promise<LayoutRow[]> =>
  (await db.orm.select().from(layouts).orderBy(asc(layouts.scope), asc(layouts.owner))).map(toRow);

const currentRevision = async (db: Database, scope: LayoutScope, owner: string): Promise<number | null> => {
  const [r] = await db.orm.select({ revision: layouts.revision }).from(layouts).where(whose(scope, owner));
  return r?.revision ?? null;
};

const write = (db: Database, scope: LayoutScope, owner: string, document: Layout, expected: number | null): Promise<Selected[]> => {
  const next = { document, revision: sql`${layouts.revision} + 1`, updatedAt: sql`now()` };
  const insert = db.orm.insert(layouts).values({ scope, owner, document, revision: 1 });
  if (expected === null) return insert.onConflictDoUpdate({ target: [layouts.scope, layouts.owner], set: next }).returning();
  if (expected === 0) return insert.onConflictDoNothing().returning();
  return db.orm.update(layouts).set(next).where(and(whose(scope, owner), eq(layouts.revision, expected))).returning();
};

/** Stores `layout` if the stored revision is `expected` (0: none stored; null: whatever it is). */
export const putLayout = async (
  db: Database,
  scope: LayoutScope,
  owner: string,
  layout: Layout,
  expected: number | null,
): Promise<LayoutWriteResult<LayoutRow>> => {
  const [r] = await write(db, scope, owner, LayoutSchema.parse(layout), expected);
  return r ? { ok: true, value: toRow(r) } : { ok: false, revision: await currentRevision(db, scope, owner) };
};

/** Deletes the layout if the stored revision is `expected` (null: whatever it is); `value` says whether one was stored. */
export const deleteLayout = async (
  db: Database,
  scope: LayoutScope,
  owner: string,
  expected: number | null,
): Promise<LayoutWriteResult<boolean>> => {
  if (expected === 0) {
    const current = await currentRevision(db, scope, owner);
    return current === null ? { ok: true, value: false } : { ok: false, revision: current };
  }
  const where = expected === null ? whose(scope, owner) : and(whose(scope, owner), eq(layouts.revision, expected));
  const deleted = await db.orm.delete(layouts).where(where).returning({ revision: layouts.revision });
  if (deleted.length > 0 || expected === null) return { ok: true, value: deleted.length > 0 };
  return { ok: false, revision: await currentRevision(db, scope, owner) };
};
