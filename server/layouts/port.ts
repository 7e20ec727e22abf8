/**
 * @module layouts/port
 * What the layout routes need from storage: get, list, and writes guarded by the revision the
 * writer read (optimistic concurrency). Implemented over PostgreSQL (platform/api-role.ts) and in memory.
 */
import type { Layout, LayoutScope, StoredLayout } from '../contracts/index.ts';

/**
 * The revision a write expects: a number (0 = nothing stored yet), or null to write unconditionally.
 */
export type ExpectedRevision = number | null;

/** A write either happened, or found another revision (null = nothing stored) and did nothing. */
export type LayoutWrite<T> = { ok: true; value: T } | { ok: false; revision: number | null };

export interface LayoutPort {
  get(scope: LayoutScope, owner: string): Promise<StoredLayout | null>;
  /** Every stored layout, by scope then owner. */
  list(): Promise<StoredLayout[]>;
  put(scope: LayoutScope, owner: string, layout: Layout, expected: ExpectedRevision): Promise<LayoutWrite<StoredLayout>>;
  /** `value` is whether a layout was stored. */
  remove(scope: LayoutScope, owner: string, expected: ExpectedRevision): Promise<LayoutWrite<boolean>>;
}
