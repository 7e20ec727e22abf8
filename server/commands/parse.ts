/**
 * @module commands/parse
 * An utterance (voice transcript or typed text, Korean or English) to a wall command:
 * `{ command, confidence }` when one command fits; `{ clarify }` with a question and the likely
 * commands when the words leave a real choice; `{ none }` with the reason when nothing fits.
 * Pure: the clock, the wall's language and its selection come in the context.
 */
import { CommandSchema, type Command } from '../contracts/command.ts';
import { analyze, type Analysis } from './analyze.ts';
import { BUILDERS, type Clarification } from './build.ts';
import { ParseContextSchema, type ParseContext } from './build-context.ts';
import { compileCommands, rank, type CompiledCommand, type Ranked } from './match.ts';

export type ParseResult = { command: Command; confidence: number } | { clarify: Clarification } | { none: string };

/** Below this a command is not taken to be meant at all. */
export const MIN_SCORE = 0.5;
/** Two commands closer than this are both offered. */
export const CLOSE_MARGIN = 0.04;
export const MAX_UTTERANCE = 500;

let compiled: CompiledCommand[] | null = null;
const commands = (): CompiledCommand[] => (compiled ??= compileCommands());

const round = (n: number): number => Math.round(n * 100) / 100;

export interface Explanation {
  analysis: Analysis;
  ranked: Ranked[];
  result: ParseResult;
}

/** The parse with its workings: what was recognized, and how each command scored. */
export function explainUtterance(text: string, context: ParseContext): Explanation {
  const ctx = ParseContextSchema.parse(context);
  const analysis = analyze(text.slice(0, MAX_UTTERANCE), ctx.now);
  const ranked = rank(analysis, commands());
  return { analysis, ranked, result: decide(text, analysis, ranked, ctx) };
}

export function parseUtterance(text: string, context: ParseContext): ParseResult {
  return explainUtterance(text, context).result;
}

function decide(text: string, analysis: Analysis, ranked: Ranked[], ctx: ParseContext): ParseResult {
  if (text.trim().length === 0) return { none: 'nothing was said' };
  if (text.length > MAX_UTTERANCE) return { none: `an utterance is at most ${MAX_UTTERANCE} characters` };
  const top = ranked[0];
  if (analysis.marks.length === 0 || !top || top.score < MIN_SCORE) {
    return { none: top && top.score > 0 ? `no command fits (closest: ${top.type}, ${round(top.score)})` : 'no known words' };
  }
  const input = { marks: analysis.marks, ctx, lang: analysis.lang };
  const built = BUILDERS[top.type](input);
  const rivals = ranked.filter((r) => r !== top && r.score >= MIN_SCORE && top.score - r.score < CLOSE_MARGIN);
  if (rivals.length > 0) {
    const options = [built, ...rivals.map((r) => BUILDERS[r.type](input))].flatMap((b) => ('command' in b ? [b.command] : []));
    if (options.length > 1) return { clarify: { question: { ko: '어느 것을 말씀하셨나요?', en: 'Which did you mean?' }, options } };
  }
  if (!('command' in built)) return built;
  return { command: CommandSchema.parse(built.command), confidence: round(Math.min(1, top.score * top.fuzz)) };
}
