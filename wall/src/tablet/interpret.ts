/**
 * @module wall/tablet/interpret
 * What the tablet does with the interpretation of what was said or typed
 * (`POST /api/v1/commands/interpret`): send a sure command at once, ask before sending an unsure
 * one, offer the choices of a question back, or say plainly why nothing was sent. "Send this to
 * the wall" (send-to-wall) sends the tablet's view instead of a command. Pure.
 */
import type { Command, InterpretResponse, LocalizedText } from '../../../server/contracts/index.ts';

/** Below this confidence the tablet asks before sending. */
export const CONFIRM_BELOW = 0.6;

export type Outcome =
  | { kind: 'send'; command: Command; confidence: number }
  /** Send the tablet's view to `wall` (null: the paired wall). */
  | { kind: 'send-view'; wall: string | null; confidence: number }
  | { kind: 'confirm'; command: Command; confidence: number }
  | { kind: 'choose'; question: LocalizedText; options: Command[] }
  | { kind: 'refused'; command: Command }
  | { kind: 'not-understood'; reason: string };

export function outcomeOf(res: InterpretResponse): Outcome {
  switch (res.kind) {
    case 'none':
      return { kind: 'not-understood', reason: res.reason };
    case 'clarify':
      return { kind: 'choose', question: res.question, options: res.options };
    case 'command': {
      const { command, confidence } = res;
      if (!res.allowed) return { kind: 'refused', command };
      if (confidence < CONFIRM_BELOW) return { kind: 'confirm', command, confidence };
      if (command.type === 'send-to-wall') return { kind: 'send-view', wall: command.wall ?? null, confidence };
      return { kind: 'send', command, confidence };
    }
  }
}
