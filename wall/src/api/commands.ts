/**
 * @module wall/api/commands
 * The command routes, each answer checked with zod: words to a command (`POST /api/v1/commands/interpret`,
 * anonymous visitors too) and commands issued to a wall (`POST /api/v1/walls/{wall}/commands`, signed-in
 * people; every one is audited). A refusal comes as RFC 7807 problem JSON: its `detail` says why.
 */
import { z } from 'zod';
import {
  InterpretResponseSchema, IssueCommandsResponseSchema,
  type InterpretRequest, type InterpretResponse, type IssueCommandsRequest,
} from '../../../server/contracts/index.ts';

export class CommandRequestError extends Error {
  override name = 'CommandRequestError';
  /** `status` 0: the platform could not be reached. */
  constructor(readonly status: number, readonly detail: string, options?: { cause?: unknown }) {
    super(`${status === 0 ? 'unreachable' : status}: ${detail}`, options);
  }
}

const ProblemSchema = z.object({ title: z.string().optional(), detail: z.string().optional() });

export type Fetch = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; statusText: string; json(): Promise<unknown> }>;

async function post<T>(doFetch: Fetch, url: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  const res = await doFetch(url, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch((err: unknown) => {
    throw new CommandRequestError(0, err instanceof Error ? err.message : String(err), { cause: err });
  });
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const problem = ProblemSchema.safeParse(json);
    throw new CommandRequestError(res.status, (problem.success ? (problem.data.detail ?? problem.data.title) : undefined) ?? res.statusText);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CommandRequestError(res.status, `unexpected answer: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

export interface CommandRoutes {
  interpret(req: InterpretRequest): Promise<InterpretResponse>;
  issue(wall: string, req: IssueCommandsRequest): Promise<{ wall: string; ids: string[] }>;
}

export function commandRoutes(base: string, doFetch: Fetch = (url, init) => fetch(url, init)): CommandRoutes {
  return {
    interpret: (req) => post(doFetch, `${base}/api/v1/commands/interpret`, req, InterpretResponseSchema),
    issue: (wall, req) => post(doFetch, `${base}/api/v1/walls/${encodeURIComponent(wall)}/commands`, req, IssueCommandsResponseSchema),
  };
}
