/**
 * @module wall/commands/command-bus
 * Where every command goes, whoever gave it (the command box, a key, the test hook). A wall with an
 * id posts it to the platform (`POST /api/v1/walls/{wall}/commands`: audited, and seen by every page
 * on that wall's feed) and applies it when its feed (`walls/wall/<wall>`) brings it back — once,
 * whoever sent it. The public wall (no id) applies it at once, in this browser only. Refusals and
 * failures become a notice on the wall; so does a command that does not come back.
 */
import {
  channels, WallFeedSchema,
  type Command, type CommandSource, type IssueCommandsRequest, type ServerMessage,
} from '../../../server/contracts/index.ts';
import { CommandRequestError, type CommandRoutes } from '../api/commands.ts';
import type { WallAction } from '../state/actions.ts';
import { noticeExpired, recordApplied } from '../state/command-state.ts';
import type { WallState } from '../state/wall-state.ts';
import { planCommand } from './apply-command.ts';
import { advanceFeed, NEW_CURSOR, type FeedCursor } from './feed.ts';
import type { MapPlaces } from './places.ts';
import type { CallTarget, CommandEffect } from './plan.ts';
import { callFailedText, noticeText, refusedText, sentText } from './words.ts';

/** Calls placed from the wall (wired by the calls feature; a wall without it says calls are not available). */
export interface CallsPort {
  start(target: CallTarget): Promise<void>;
  hangUp(): Promise<void>;
}

export interface CommandBusDeps {
  state: WallState;
  /** This wall's id; null for the public wall. */
  wall: string | null;
  places: MapPlaces;
  routes: Pick<CommandRoutes, 'issue'>;
  /** Applies one action (the frame loop redraws). */
  act(action: WallAction): void;
  calls: CallsPort | null;
  /** Loads the references and histories again. */
  reload(): void;
  now(): number;
}

export interface IssueOutcome {
  ok: boolean;
  ids: string[];
}

export interface CommandBus {
  /** The feed channel to subscribe to (null: the public wall has none). */
  readonly channel: string | null;
  issue(commands: Command[], source: CommandSource, utterance?: string, confidence?: number): Promise<IssueOutcome>;
  /** Takes a `/live` message; true when it was this wall's feed. */
  receive(msg: ServerMessage): boolean;
  /** Once a frame: clears a notice that has been up long enough, reports commands that did not come back. */
  tick(now: number): void;
}

/** A command posted but not back on the feed after this long is reported. */
export const PENDING_MS = 8_000;

const request = (commands: Command[], source: CommandSource, utterance?: string, confidence?: number): IssueCommandsRequest => ({
  commands, source,
  ...(utterance ? { utterance: utterance.slice(0, 500) } : {}),
  ...(confidence === undefined ? {} : { confidence }),
});

export function createCommandBus(d: CommandBusDeps): CommandBus {
  const { state, wall } = d;
  let cursor: FeedCursor = NEW_CURSOR;
  let localId = 0;
  const pending = new Map<string, number>();
  /** The ids the first value of the feed held, taken for history (one of them may yet prove to be this page's). */
  let history: ReadonlySet<string> = new Set();

  const notice = (text: string): void => d.act({ type: 'notice.show', text, at: d.now() });
  const failure = (err: unknown): string => {
    const lang = state.language;
    if (err instanceof CommandRequestError) return err.status === 0 ? noticeText(lang, 'unreachable') : refusedText(lang, err.detail);
    return refusedText(lang, err instanceof Error ? err.message : String(err));
  };

  const runEffect = (e: CommandEffect, source: CommandSource): void => {
    switch (e.type) {
      case 'call.start':
        d.calls?.start(e.target).catch((err: unknown) => notice(callFailedText(state.language, err instanceof Error ? err.message : String(err))));
        return;
      case 'call.hang-up':
        d.calls?.hangUp().catch((err: unknown) => notice(callFailedText(state.language, err instanceof Error ? err.message : String(err))));
        return;
      case 'view.send':
        d.routes.issue(e.wall, request(e.commands, source)).then(() => notice(sentText(state.language, e.wall)), (err: unknown) => notice(failure(err)));
        return;
      case 'data.reload':
        d.reload();
        return;
    }
  };

  const run = (command: Command, source: CommandSource, id: string): void => {
    const p = planCommand(state, command, { places: d.places, calls: d.calls !== null, wall, now: d.now() });
    for (const a of p.actions) d.act(a);
    for (const e of p.effects) runEffect(e, source);
    recordApplied(state, id);
  };

  return {
    channel: wall === null ? null : channels.wall(wall),

    async issue(commands, source, utterance, confidence) {
      if (wall === null) {
        const ids = commands.map(() => `local-${++localId}`);
        commands.forEach((c, i) => run(c, source, ids[i]!));
        return { ok: true, ids };
      }
      try {
        const res = await d.routes.issue(wall, request(commands, source, utterance, confidence));
        const at = d.now();
        res.ids.forEach((id, i) => {
          // The feed may have brought them back before the answer came: as news (applied then), or in
          // the first value of the feed, taken for history — then they are applied now.
          if (history.has(id) && !state.applied.includes(id) && commands[i]) run(commands[i], source, id);
          else if (!cursor.seen.has(id)) pending.set(id, at);
        });
        return { ok: true, ids: res.ids };
      } catch (err) {
        notice(failure(err));
        return { ok: false, ids: [] };
      }
    },

    receive(msg) {
      if (wall === null) return false;
      const channel = channels.wall(wall);
      // A refused subscription: commands posted here would never come back.
      if (msg.type === 'error' && msg.code === 'forbidden' && msg.message.startsWith(`${channel}:`)) {
        notice(refusedText(state.language, msg.message));
        return true;
      }
      if (!('channel' in msg) || msg.channel !== channel) return false;
      if (msg.type !== 'snapshot' && msg.type !== 'update') return true;
      const parsed = WallFeedSchema.nullable().safeParse(msg.data);
      if (!parsed.success || (parsed.data !== null && parsed.data.wall !== wall)) return true;
      const primed = cursor.primed;
      const step = advanceFeed(cursor, parsed.data, new Set(pending.keys()));
      cursor = step.cursor;
      if (!primed) history = new Set(cursor.seen);
      for (const item of step.fresh) {
        pending.delete(item.id);
        run(item.issued.command, item.issued.source, item.id);
      }
      return true;
    },

    tick(now) {
      if (noticeExpired(state, now)) d.act({ type: 'notice.clear' });
      for (const [id, at] of pending) {
        if (now - at < PENDING_MS) continue;
        pending.delete(id);
        notice(noticeText(state.language, 'notBack'));
      }
    },
  };
}
