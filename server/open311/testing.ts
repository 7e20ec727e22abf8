/**
 * @module open311/testing
 * The Open311 routes on a fresh OpenAPIHono over the in-memory port, for route tests: four API
 * keys (write, read, privileged read citywide and in Gangnam-gu), a public view that blanks descriptions and notes (so a test
 * can see it was applied), and a fixed clock.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { pino } from 'pino';
import type { KeyScope } from '../contracts/access.ts';
import type { Complaint } from '../contracts/complaint.ts';
import { isPrivilegedKey } from './keys.ts';
import { createMemoryOpen311Port, type MemoryOpen311Options, type MemoryOpen311Port } from './memory.ts';
import type { Filer } from './port.ts';
import { registerOpen311Routes, type Open311Deps } from './routes.ts';

export const OPEN311_TEST_NOW = Date.parse('2026-11-27T05:20:00Z');

const filer = (id: string, scope: KeyScope): Filer => ({ kind: 'key', id, name: `district system ${id}`, scope });

/** Well-formed API keys (`scpm_` + 43 characters), as a header would carry them. */
export const KEY_WRITE = `scpm_${'w'.repeat(43)}`;
export const KEY_READ = `scpm_${'r'.repeat(43)}`;
export const KEY_PRIVATE = `scpm_${'p'.repeat(43)}`;
export const KEY_PRIVATE_GANGNAM = `scpm_${'g'.repeat(43)}`;

/** Presented key → who it belongs to. */
export const TEST_KEYS: Readonly<Record<string, Filer>> = {
  [KEY_WRITE]: filer('k-write', { districts: ['11680'], resources: ['complaints'], access: 'write' }),
  [KEY_READ]: filer('k-read', { districts: [], resources: ['complaints'], access: 'read' }),
  [KEY_PRIVATE]: filer('k-private', { districts: [], resources: ['complaints', 'complaints-private'], access: 'read' }),
  [KEY_PRIVATE_GANGNAM]: filer('k-private-gangnam', { districts: ['11680'], resources: ['complaints-private'], access: 'read' }),
};

export const REDACTED = '(비공개)';

/** Stands in for server/privacy: blanks what a test can recognise. */
export const testPublicView = (c: Complaint): Complaint => ({
  ...c,
  description: REDACTED,
  address: null,
  history: c.history.map((h) => ({ ...h, note: h.note === null ? null : REDACTED })),
});

export function open311TestApp(options: MemoryOpen311Options & { jurisdictionId?: string } = {}): {
  app: OpenAPIHono;
  port: MemoryOpen311Port;
  deps: Open311Deps;
  logged: object[];
} {
  const port = createMemoryOpen311Port({ now: () => OPEN311_TEST_NOW, ...options });
  const logged: object[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line) as object) });
  const deps: Open311Deps = {
    port,
    authorize: async (key) => (key === undefined ? null : TEST_KEYS[key] ?? null),
    publicView: testPublicView,
    isPrivileged: isPrivilegedKey,
    now: () => OPEN311_TEST_NOW,
    log,
    ...(options.jurisdictionId === undefined ? {} : { jurisdictionId: options.jurisdictionId }),
  };
  const app = new OpenAPIHono();
  registerOpen311Routes(app, deps);
  return { app, port, deps, logged };
}
