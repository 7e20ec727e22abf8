/**
 * @module walls/routes
 * The command layer over HTTP: the registry, interpreting words, issuing commands to a wall (each
 * one audited before the wall sees it), pairing tablets and the walls a person may drive.
 * A wall receives what is issued to it on `walls/wall/<wall>` (every API replica, through the bus).
 */
import { randomUUID } from 'node:crypto';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import type { AuditSink } from '../audit/port.ts';
import { mayIssue, registryDocument } from '../commands/registry.ts';
import { parseUtterance } from '../commands/parse.ts';
import { channels, type InterpretResponse, type Principal, type UserPrincipal, type WallFeed, type WallFeedItem } from '../contracts/index.ts';
import { ProblemError } from '../http/problem.ts';
import type { PairingStore } from './pairings.ts';
import { interpretRoute, issueRoute, offerRoute, pairRoute, registryRoute, unpairRoute, wallsRoute } from './routes-api.ts';
import { refusedCommand, sentToWalls, wallAccess, wallTargets, type DistrictName } from './rules.ts';

export interface WallRouteDeps {
  pairings: PairingStore;
  audit: AuditSink;
  /** Sends a live value to every replica (through the bus), or to this hub alone. */
  publish(channel: string, data: unknown, at: string): void;
  districts(): Promise<DistrictName[]>;
  principalOf(c: Context): Principal;
  now(): number;
  log: Logger;
}

const refuse = (status: 401 | 403, detail: string): ProblemError =>
  new ProblemError(status, status === 401 ? 'unauthorized' : 'forbidden', status === 401 ? 'Unauthorized' : 'Forbidden', detail);

const userOf = (p: Principal): UserPrincipal => {
  if (p.kind === 'user') return p;
  throw refuse(p.kind === 'anonymous' ? 401 : 403, 'sign in to drive a wall');
};

const REDEEM_FAILURES = {
  unknown: new ProblemError(404, 'not-found', 'Not found', 'no wall shows this code: check the digits on the wall'),
  expired: new ProblemError(410, 'expired', 'Expired', 'this code has expired: ask the wall for a new one'),
  used: new ProblemError(409, 'used', 'Already used', 'this code was already used: ask the wall for a new one'),
};

export function registerCommandRoutes(app: OpenAPIHono, deps: WallRouteDeps): void {
  const registry = registryDocument();
  const iso = (): string => new Date(deps.now()).toISOString();

  /** The caller may drive `wall` (own, paired or by authority), or the request is refused. */
  const drivable = async (p: UserPrincipal, wall: string, also: readonly string[] = []): Promise<void> => {
    const paired = await deps.pairings.pairedWalls(p.login, deps.now());
    for (const w of [wall, ...also]) {
      const access = wallAccess(p, w, paired);
      if (!access.ok) throw refuse(access.status, w === wall ? access.reason : `you may not send to wall ${w}: ${access.reason}`);
    }
  };

  app.openapi(registryRoute, (c) => c.json(registry as never, 200));

  app.openapi(interpretRoute, (c) => {
    const { utterance, lang, selection } = c.req.valid('json');
    const p = deps.principalOf(c);
    const role = p.kind === 'user' ? p.role : 'public';
    const result = parseUtterance(utterance, { now: new Date(deps.now()), ...(lang ? { lang } : {}), ...(selection ? { selection } : {}) });
    const answer: InterpretResponse =
      'command' in result
        ? { kind: 'command', command: result.command, confidence: result.confidence, allowed: mayIssue(role, result.command.type) }
        : 'clarify' in result
          ? { kind: 'clarify', question: result.clarify.question, options: result.clarify.options }
          : { kind: 'none', reason: result.none };
    return c.json(answer, 200);
  });

  app.openapi(issueRoute, async (c) => {
    const p = userOf(deps.principalOf(c));
    const { wall } = c.req.valid('param');
    const req = c.req.valid('json');
    await drivable(p, wall, sentToWalls(req.commands));
    const refused = refusedCommand(p, req.commands);
    if (refused) {
      deps.log.warn({ login: p.login, wall, command: req.commands[refused.index]?.type }, 'command refused');
      throw refuse(403, refused.reason);
    }
    const at = iso();
    const items: WallFeedItem[] = req.commands.map((command) => ({
      id: randomUUID(),
      issued: { command, source: req.source, at, ...(req.utterance ? { utterance: req.utterance } : {}), ...(req.confidence === undefined ? {} : { confidence: req.confidence }) },
      by: { login: p.login, role: p.role },
    }));
    // recorded before the wall sees it: an unrecorded command must not happen
    for (const item of items) {
      await deps.audit.record({
        action: 'wall.command',
        actor: `user:${p.login}`,
        target: `wall:${wall}`,
        details: { id: item.id, command: item.issued.command, source: req.source, utterance: req.utterance ?? null, confidence: req.confidence ?? null },
      });
    }
    const channel = channels.wall(wall);
    // only the new commands: each replica merges them into the feed it holds (walls/feed.ts)
    deps.publish(channel, { wall, items } satisfies WallFeed, at);
    deps.log.info({ login: p.login, wall, source: req.source, commands: req.commands.map((x) => x.type) }, 'commands issued');
    return c.json({ wall, ids: items.map((i) => i.id) }, 202);
  });

  app.openapi(offerRoute, async (c) => {
    const p = userOf(deps.principalOf(c));
    const { wall } = c.req.valid('param');
    await drivable(p, wall);
    const offer = await deps.pairings.offer(wall, `user:${p.login}`, deps.now());
    return c.json(offer, 201);
  });

  app.openapi(unpairRoute, async (c) => {
    const p = userOf(deps.principalOf(c));
    const { wall } = c.req.valid('param');
    if (!(await deps.pairings.unpair(p.login, wall, deps.now()))) throw new ProblemError(404, 'not-found', 'Not found', `you are not paired with wall ${wall}`);
    await deps.audit.record({ action: 'wall.unpaired', actor: `user:${p.login}`, target: `wall:${wall}` });
    return c.body(null, 204);
  });

  app.openapi(pairRoute, async (c) => {
    const p = userOf(deps.principalOf(c));
    const r = await deps.pairings.redeem(c.req.valid('json').code, p.login, deps.now());
    if (!r.ok) throw REDEEM_FAILURES[r.reason];
    await deps.audit.record({ action: 'wall.paired', actor: `user:${p.login}`, target: `wall:${r.pairing.wall}`, details: { until: r.pairing.until } });
    return c.json(r.pairing, 201);
  });

  app.openapi(wallsRoute, async (c) => {
    const p = userOf(deps.principalOf(c));
    const [paired, districts] = await Promise.all([deps.pairings.pairedWalls(p.login, deps.now()), deps.districts()]);
    return c.json({ walls: wallTargets(p, paired, districts) }, 200);
  });
}
