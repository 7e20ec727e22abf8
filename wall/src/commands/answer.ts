/**
 * @module wall/commands/answer
 * What the command box does with the platform's reading of some words: issue the command, say
 * the person's role may not, ask which was meant (the choices as buttons), or say why nothing fits.
 * Pure.
 */
import type { Command, InterpretResponse, Language } from '../../../server/contracts/index.ts';
import { describeCommand } from './describe.ts';
import type { MapPlaces } from './places.ts';
import { notAllowedText } from './words.ts';

export type BoxAnswer =
  | { kind: 'issue'; command: Command; confidence: number }
  | { kind: 'refused'; text: string }
  | { kind: 'ask'; question: string; options: Array<{ label: string; command: Command }> }
  | { kind: 'none'; text: string };

export function answerOf(r: InterpretResponse, lang: Language, places: MapPlaces): BoxAnswer {
  switch (r.kind) {
    case 'command':
      return r.allowed ? { kind: 'issue', command: r.command, confidence: r.confidence } : { kind: 'refused', text: notAllowedText(lang, describeCommand(r.command, lang, places)) };
    case 'clarify':
      return { kind: 'ask', question: r.question[lang], options: r.options.map((command) => ({ label: describeCommand(command, lang, places), command })) };
    case 'none':
      return { kind: 'none', text: lang === 'ko' ? `알아듣지 못했습니다: ${r.reason}` : `Not understood: ${r.reason}` };
  }
}
