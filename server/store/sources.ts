/**
 * @module server/store/sources
 * Source systems: upsert from connector manifests, list, set status.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client.ts';
import { excludedColumns } from './excluded.ts';
import { sources } from '../../db/schema/index.ts';
import { SourceIdSchema, SourceStatusSchema, type SourceStatus } from '../contracts/index.ts';

const Bilingual = z.object({ ko: z.string().min(1), en: z.string().min(1) });

/** The part of a connector manifest that describes the source system. */
export const SourceManifestSchema = z.object({
  id: SourceIdSchema,
  title: Bilingual,
  department: Bilingual,
  protocol: z.string().min(1),
  cadence: z.string().min(1),
  staleAfterS: z.number().int().positive(),
  synthetic: z.boolean(),
  attribution: z.string(),
});
export type SourceManifest = z.input<typeof SourceManifestSchema>;
export type SourceRow = typeof sources.$inferSelect;

/** Inserts or updates sources by id; the status is left as it is. */
export const upsertSources = async (db: Database, manifests: readonly SourceManifest[]): Promise<void> => {
  const rows = manifests.map((m) => {
    const s = SourceManifestSchema.parse(m);
    return {
      id: s.id,
      titleKo: s.title.ko,
      titleEn: s.title.en,
      departmentKo: s.department.ko,
      departmentEn: s.department.en,
      protocol: s.protocol,
      cadence: s.cadence,
      staleAfterS: s.staleAfterS,
      synthetic: s.synthetic,
      attribution: s.attribution,
    };
  });
  if (rows.length === 0) return;
  await db.orm
    .insert(sources)
    .values(rows)
    .onConflictDoUpdate({
      target: sources.id,
      set: { ...excludedColumns(sources, ['titleKo', 'titleEn', 'departmentKo', 'departmentEn', 'protocol', 'cadence', 'staleAfterS', 'synthetic', 'attribution']), updatedAt: sql`now()` },
    });
};

export const listSources = (db: Database): Promise<SourceRow[]> =>
  db.orm.select().from(sources).orderBy(asc(sources.id));

export const setSourceStatus = async (db: Database, id: string, status: SourceStatus): Promise<void> => {
  await db.orm
    .update(sources)
    .set({ status: SourceStatusSchema.parse(status), updatedAt: sql`now()` })
    .where(eq(sources.id, id));
};
