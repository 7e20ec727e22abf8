/**
 * @module commands/match
 * Scores an analyzed utterance against every command's patterns. A pattern is a bag of meanings
 * (district, compare, show…); the score is a weighted Dice overlap between the utterance's meanings
 * and the pattern's. Meanings the pattern lacks but the command can take (a period on an indicator,
 * a count on cameras) cost little; meanings it cannot take, and unknown words, cost their weight.
 * Word order plays no part. Pure.
 */
import type { CommandType } from '../contracts/command.ts';
import { analyze, type Analysis, type Mark } from './analyze.ts';
import { PATTERNS } from './patterns.ts';
import { COMMAND_SPECS } from './registry.ts';
import { isSlotKind, weightOf, type Kind } from './senses.ts';

/** One pattern as the matcher sees it: each element is the set of kinds one word may stand for. */
export interface PatternShape {
  text: string;
  elements: ReadonlyArray<ReadonlySet<Kind>>;
  /** Words of the pattern the lexicon does not know (must be none; the registry test checks). */
  unknown: readonly string[];
}

export interface CompiledCommand {
  type: CommandType;
  patterns: readonly PatternShape[];
  /** How many marks of each kind the command can take without its pattern naming them. */
  accepts: ReadonlyMap<Kind, number>;
}

export interface Ranked {
  type: CommandType;
  score: number;
  pattern: string;
  /** The lowest match score of the marks the pattern used (1 unless a name was matched fuzzily). */
  fuzz: number;
}

/** Kinds a command takes without limit in number: its verbs and nouns may be said twice. */
const UNBOUNDED = 9;
const ACCEPTED_COST = 0.15;
const PATTERN_CLOCK = new Date('2025-01-01T00:00:00Z');

/**
 * A pattern's words stand for their weightiest sense only: in "call the {official}", "call" is the
 * verb, not an emergency call, so it does not match 출동 in an utterance.
 */
export function shapeOf(text: string): PatternShape {
  const a = analyze(text, PATTERN_CLOCK, { placeholders: true });
  const primary = (kinds: Kind[]): Set<Kind> => new Set(kinds.filter((k) => weightOf(k) === maxWeight(kinds)));
  return { text, elements: dedupe(a.marks).map((m) => primary(m.senses.map((s) => s.kind))), unknown: a.unknown.map((u) => u.word) };
}

export function compileCommands(): CompiledCommand[] {
  return COMMAND_SPECS.map((spec) => {
    const patterns = [...PATTERNS[spec.type].ko, ...PATTERNS[spec.type].en].map(shapeOf);
    const accepts = new Map<Kind, number>(Object.entries(spec.accepts) as Array<[Kind, number]>);
    for (const p of patterns) {
      for (const el of p.elements) for (const k of el) if (!accepts.has(k)) accepts.set(k, isSlotKind(k) ? 1 : UNBOUNDED);
    }
    return { type: spec.type, patterns, accepts };
  });
}

/** A concept said twice (보여 … 봐) counts once; values and multi-sense words are kept. */
export function dedupe(marks: readonly Mark[]): Mark[] {
  const out: Mark[] = [];
  for (const m of marks) {
    const only = m.senses.length === 1 ? m.senses[0] : undefined;
    const twin = only && only.value === undefined && !isSlotKind(only.kind)
      ? out.find((o) => o.senses.length === 1 && o.senses[0]?.kind === only.kind && o.senses[0]?.value === undefined)
      : undefined;
    if (!twin) out.push(m);
  }
  return out;
}

const maxWeight = (kinds: Iterable<Kind>): number => Math.max(0, ...[...kinds].map(weightOf));

function score(marks: readonly Mark[], unknownWeight: number, p: PatternShape, accepts: ReadonlyMap<Kind, number>): { score: number; fuzz: number } {
  const used = new Set<number>();
  const taken = new Map<Kind, number>();
  let matched = 0;
  let missing = 0;
  let fuzz = 1;
  const elements = [...p.elements].sort((a, b) => maxWeight(b) - maxWeight(a));
  for (const el of elements) {
    const candidates = marks
      .map((m, i) => ({ m, i, shared: m.senses.map((s) => s.kind).filter((k) => el.has(k)) }))
      .filter((c) => !used.has(c.i) && c.shared.length > 0)
      .sort((a, b) => a.m.senses.length - b.m.senses.length);
    const c = candidates[0];
    if (!c) {
      missing += maxWeight(el);
      continue;
    }
    used.add(c.i);
    const kind = c.shared.reduce((a, b) => (weightOf(b) > weightOf(a) ? b : a));
    taken.set(kind, (taken.get(kind) ?? 0) + 1);
    matched += weightOf(kind) * c.m.score;
    fuzz = Math.min(fuzz, c.m.score);
  }
  let extra = unknownWeight;
  marks.forEach((m, i) => {
    if (used.has(i)) return;
    const costs = m.senses.map((s) => {
      const room = (accepts.get(s.kind) ?? 0) - (taken.get(s.kind) ?? 0);
      return { kind: s.kind, cost: room > 0 ? weightOf(s.kind) * ACCEPTED_COST : weightOf(s.kind) };
    });
    const cheapest = costs.reduce((a, b) => (b.cost < a.cost ? b : a));
    taken.set(cheapest.kind, (taken.get(cheapest.kind) ?? 0) + 1);
    extra += cheapest.cost;
  });
  return matched === 0 ? { score: 0, fuzz } : { score: (2 * matched) / (2 * matched + missing + extra), fuzz };
}

/** Every command's best pattern for the utterance, best first. */
export function rank(a: Analysis, commands: readonly CompiledCommand[]): Ranked[] {
  const marks = dedupe(a.marks);
  const unknown = a.unknown.reduce((sum, u) => sum + u.weight, 0);
  return commands
    .map((c) => {
      let best: Ranked = { type: c.type, score: 0, pattern: '', fuzz: 1 };
      for (const p of c.patterns) {
        const s = score(marks, unknown, p, c.accepts);
        if (s.score > best.score) best = { type: c.type, score: s.score, pattern: p.text, fuzz: s.fuzz };
      }
      return best;
    })
    .sort((x, y) => y.score - x.score);
}
