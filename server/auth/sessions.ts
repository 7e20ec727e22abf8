/**
 * @module auth/sessions
 * Sign-in sessions. A session's token (32 random bytes, base64url) is handed out once, for the
 * cookie; only its SHA-256 is stored. A token resolves to the person's principal while the session
 * is neither expired (12 h after sign-in, however active), nor revoked, nor its user disabled.
 * `last_seen_at` follows activity, written at most once a minute per session.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, gt, isNull, lt, lte, or } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { sessions, users } from '../../db/schema/index.ts';
import { UserPrincipalSchema, type UserPrincipal } from '../contracts/access.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
export const LAST_SEEN_EVERY_MS = 60 * 1000;
const TOKEN_BYTES = 32;
const TOKEN_FORM = /^[A-Za-z0-9_-]{43}$/;

export interface NewSession {
  sessionId: string;
  /** Goes into the cookie and nowhere else; it cannot be read back. */
  token: string;
  expiresAt: Date;
}

export interface SessionStore {
  create(userId: string, opts?: { userAgent?: string | undefined }): Promise<NewSession>;
  /** The principal of a live session, or null. */
  resolve(token: string): Promise<UserPrincipal | null>;
  /** Whether a live session was revoked. */
  revoke(sessionId: string): Promise<boolean>;
  /** Sign out everywhere: revokes every live session of the user; how many there were. */
  revokeAllOf(userId: string): Promise<number>;
  /** Deletes sessions that expired or were revoked before `before`; how many. */
  purge(before: Date): Promise<number>;
}

export interface SessionStoreOptions {
  now?: () => number;
  ttlMs?: number;
}

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const newToken = (): string => randomBytes(TOKEN_BYTES).toString('base64url');

const USER_AGENT_MAX = 400;

export function createSessionStore(db: Database, opts: SessionStoreOptions = {}): SessionStore {
  const now = opts.now ?? Date.now;
  const ttl = opts.ttlMs ?? SESSION_TTL_MS;

  const touch = async (id: string, at: Date): Promise<void> => {
    const stale = new Date(at.getTime() - LAST_SEEN_EVERY_MS);
    await db.orm.update(sessions).set({ lastSeenAt: at }).where(and(eq(sessions.id, id), lte(sessions.lastSeenAt, stale)));
  };

  const resolve = async (token: string): Promise<UserPrincipal | null> => {
    if (!TOKEN_FORM.test(token)) return null;
    const [r] = await db.orm
      .select({ session: sessions, user: users })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.tokenHash, hashToken(token)));
    const at = new Date(now());
    if (!r || r.session.revokedAt !== null || r.session.expiresAt.getTime() <= at.getTime() || r.user.disabled) return null;
    const principal = UserPrincipalSchema.safeParse({
      kind: 'user',
      id: r.user.id,
      login: r.user.login,
      role: r.user.role,
      districts: r.user.districts,
      departments: r.user.departments,
      sessionId: r.session.id,
    });
    if (!principal.success) return null;
    if (at.getTime() - r.session.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) await touch(r.session.id, at);
    return principal.data;
  };

  const live = (at: Date) => and(isNull(sessions.revokedAt), gt(sessions.expiresAt, at));

  return {
    resolve,
    create: async (userId, o = {}) => {
      const token = newToken();
      const at = new Date(now());
      const expiresAt = new Date(at.getTime() + ttl);
      const sessionId = randomUUID();
      const userAgent = o.userAgent === undefined ? null : o.userAgent.slice(0, USER_AGENT_MAX);
      await db.orm.insert(sessions).values({ id: sessionId, userId, tokenHash: hashToken(token), createdAt: at, lastSeenAt: at, expiresAt, userAgent });
      return { sessionId, token, expiresAt };
    },
    revoke: async (sessionId) => {
      const at = new Date(now());
      const rows = await db.orm.update(sessions).set({ revokedAt: at }).where(and(eq(sessions.id, sessionId), live(at))).returning({ id: sessions.id });
      return rows.length > 0;
    },
    revokeAllOf: async (userId) => {
      const at = new Date(now());
      const rows = await db.orm.update(sessions).set({ revokedAt: at }).where(and(eq(sessions.userId, userId), live(at))).returning({ id: sessions.id });
      return rows.length;
    },
    purge: async (before) => {
      const rows = await db.orm
        .delete(sessions)
        .where(or(lt(sessions.expiresAt, before), lt(sessions.revokedAt, before)))
        .returning({ id: sessions.id });
      return rows.length;
    },
  };
}
