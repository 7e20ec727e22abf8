/**
 * @module commands/accuracy
 * How well the parser understands the utterance tables: the share of rows whose command (type and
 * listed parameters), clarifying question or refusal matches what was expected, per table and
 * language, with the rows it gets wrong. `accuracyReport()` for benches and closing notes.
 */
import type { Command } from '../contracts/command.ts';
import { parseUtterance, type ParseResult } from './parse.ts';
import { PATTERNS } from './patterns.ts';
import { TABLE_NOW, type UtteranceCase } from './utterance-case.ts';
import { ENGLISH_UTTERANCES } from './utterances-en.test-table.ts';
import { HOLDOUT_UTTERANCES } from './utterances-holdout.test-table.ts';
import { STRESS_UTTERANCES } from './utterances-stress.test-table.ts';
import { KOREAN_UTTERANCES } from './utterances.test-table.ts';

export interface CaseOutcome {
  text: string;
  expected: string;
  got: string;
  ok: boolean;
}

export interface Tally {
  total: number;
  correct: number;
  accuracy: number;
}

export interface AccuracyReport {
  /** The Korean and English tables together. */
  overall: Tally;
  korean: Tally;
  english: Tally;
  /** Rows kept out of all tuning. */
  holdout: Tally;
  /** Harder rows (indirect, negated, mixed-language, out-of-vocabulary), written to find the limits. */
  stress: Tally;
  patterns: { total: number; distinct: number; ko: number; en: number };
  failures: CaseOutcome[];
}

const sameValue = (a: unknown, b: unknown): boolean => {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x) => b.some((y) => sameValue(x, y)));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
};

const describe = (r: ParseResult): string => {
  if ('command' in r) return `${JSON.stringify(r.command)} @${r.confidence}`;
  if ('clarify' in r) return `clarify: ${r.clarify.options.map((o) => o.type).join(' | ') || '(open question)'}`;
  return `none: ${r.none}`;
};

/** Whether the parse is what the row expects (listed parameters must match; others are free). */
export function judge(c: UtteranceCase): CaseOutcome {
  const r = parseUtterance(c.text, { now: TABLE_NOW, ...(c.lang ? { lang: c.lang } : {}), ...(c.selection ? { selection: c.selection } : {}) });
  const expected = typeof c.expect === 'string' ? c.expect : JSON.stringify(c.expect);
  let ok: boolean;
  if (c.expect === 'clarify') ok = 'clarify' in r;
  else if (c.expect === 'none') ok = 'none' in r;
  else {
    const want = c.expect as Record<string, unknown>;
    const got = 'command' in r ? (r.command as Command & Record<string, unknown>) : null;
    ok = got !== null && Object.keys(want).every((k) => sameValue(want[k], got[k]));
  }
  return { text: c.text, expected, got: describe(r), ok };
}

const tally = (outcomes: readonly CaseOutcome[]): Tally => {
  const correct = outcomes.filter((o) => o.ok).length;
  return { total: outcomes.length, correct, accuracy: outcomes.length === 0 ? 0 : Math.round((correct / outcomes.length) * 1000) / 1000 };
};

export function patternCount(): AccuracyReport['patterns'] {
  const all = Object.values(PATTERNS);
  const ko = all.flatMap((p) => p.ko);
  const en = all.flatMap((p) => p.en);
  return { total: ko.length + en.length, distinct: new Set([...ko, ...en]).size, ko: ko.length, en: en.length };
}

export function accuracyReport(): AccuracyReport {
  const ko = KOREAN_UTTERANCES.map(judge);
  const en = ENGLISH_UTTERANCES.map(judge);
  const held = HOLDOUT_UTTERANCES.map(judge);
  const stress = STRESS_UTTERANCES.map(judge);
  return {
    overall: tally([...ko, ...en]),
    korean: tally(ko),
    english: tally(en),
    holdout: tally(held),
    stress: tally(stress),
    patterns: patternCount(),
    failures: [...ko, ...en, ...held, ...stress].filter((o) => !o.ok),
  };
}

/** A few lines for a bench or a closing note. */
export function formatAccuracy(r: AccuracyReport): string {
  const pct = (t: Tally): string => `${(t.accuracy * 100).toFixed(1)}% (${t.correct}/${t.total})`;
  return [
    `command parser accuracy: ${pct(r.overall)} — Korean ${pct(r.korean)}, English ${pct(r.english)}`,
    `held-out ${pct(r.holdout)}; stress ${pct(r.stress)}`,
    `patterns: ${r.patterns.distinct} distinct (${r.patterns.ko} Korean, ${r.patterns.en} English)`,
  ].join('\n');
}
