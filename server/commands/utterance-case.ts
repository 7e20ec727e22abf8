/**
 * @module commands/utterance-case
 * The shape of one row of the utterance tables: what someone says at the wall and the command the
 * parser should make of it. The tables are written as people speak, not from the registry's patterns.
 * All rows are judged at one fixed time, {@link TABLE_NOW}.
 */
import type { Command } from '../contracts/command.ts';
import type { Selection } from './build-context.ts';

/** Thursday 15 May 2025, 10:00 in Seoul. */
export const TABLE_NOW = new Date('2025-05-15T01:00:00Z');

/** The command expected: its type, and any parameters listed must match (arrays as sets). */
export type ExpectedCommand = { [K in Command['type']]: { type: K } & Partial<Omit<Extract<Command, { type: K }>, 'type'>> }[Command['type']];

export interface UtteranceCase {
  text: string;
  expect: ExpectedCommand | 'clarify' | 'none';
  selection?: Selection;
  lang?: 'ko' | 'en';
}

/** A row: the text, what it should give, and optionally what the wall has selected. */
export const say = (text: string, expect: UtteranceCase['expect'], selection?: Selection, lang?: 'ko' | 'en'): UtteranceCase => ({
  text,
  expect,
  ...(selection ? { selection } : {}),
  ...(lang ? { lang } : {}),
});

/** Period shorthands for the expectations (inclusive calendar dates). */
export const range = (from: string, to: string): { from: string; to: string } => ({ from, to });

/** A selection with an incident on the wall. */
export const INCIDENT_SELECTED: Selection = { incident: 'fire-119:20250515-0007', district: '11680' };
