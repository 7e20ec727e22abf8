/**
 * @module wall/api/remote
 * The REST calls of driving a wall from elsewhere (server/contracts/wall-remote.ts), each checked
 * with zod: a wall asks for a pairing code; a tablet pairs with it, lists the walls it may drive,
 * has words interpreted, issues commands and reads the command registry. A refusal keeps the
 * server's own words (`detail`) to show as they are.
 */
import { z } from 'zod';
import {
  InterpretResponseSchema,
  IssueCommandsResponseSchema,
  PairingOfferSchema,
  PairingSchema,
  StoredLayoutSchema,
  WallTargetsSchema,
  type Command,
  type InterpretRequest,
  type InterpretResponse,
  type Pairing,
  type PairingOffer,
  type StoredLayout,
  type WallTarget,
} from '../../../server/contracts/index.ts';
import { ApiError } from './rest.ts';

/** A refusal or failure with the server's explanation (`detail` of its problem JSON). */
export class RemoteApiError extends ApiError {
  override name = 'RemoteApiError';
  constructor(url: string, status: number, readonly detail: string) {
    super(url, status, detail);
  }
}

async function call<T>(url: string, schema: z.ZodType<T>, post?: unknown): Promise<T> {
  const res = await fetch(url, {
    headers: { accept: 'application/json', ...(post === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(post === undefined ? {} : { method: 'POST', body: JSON.stringify(post) }),
  });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const problem = (body ?? {}) as { detail?: unknown; title?: unknown };
    const detail = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : res.statusText || `HTTP ${res.status}`;
    throw new RemoteApiError(url, res.status, detail);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new RemoteApiError(url, res.status, `unexpected answer: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** The wall's own page asks for a code a tablet can pair with (10 minutes). */
export const requestPairing = (base: string, wall: string): Promise<PairingOffer> =>
  call(`${base}/api/v1/walls/${encodeURIComponent(wall)}/pairing`, PairingOfferSchema, {});

/** A signed-in tablet enters the code shown on a wall. */
export const pair = (base: string, code: string): Promise<Pairing> => call(`${base}/api/v1/pairings`, PairingSchema, { code });

/** The walls this person may drive or send a view to. */
export const fetchWallTargets = (base: string): Promise<WallTarget[]> =>
  call(`${base}/api/v1/walls`, WallTargetsSchema).then((b) => b.walls);

export const interpret = (base: string, req: InterpretRequest): Promise<InterpretResponse> =>
  call(`${base}/api/v1/commands/interpret`, InterpretResponseSchema, req);

export interface IssueOptions {
  utterance?: string;
  confidence?: number;
}

/** Issues commands to a wall as a tablet; the wall applies them in order. */
export const issueCommands = (base: string, wall: string, commands: Command[], o: IssueOptions = {}): Promise<{ wall: string; ids: string[] }> =>
  call(`${base}/api/v1/walls/${encodeURIComponent(wall)}/commands`, IssueCommandsResponseSchema, { commands, source: 'tablet', ...o });

const Localized = z.object({ ko: z.string(), en: z.string() });

/** What the tablet reads of the command registry (`GET /api/v1/commands`, server/commands/registry.ts). */
export const RegistrySchema = z.object({
  version: z.literal(1),
  commands: z.array(z.object({ type: z.string(), description: Localized, permission: z.string(), roles: z.array(z.string()) })),
});
export type Registry = z.infer<typeof RegistrySchema>;

export const fetchRegistry = (base: string): Promise<Registry> => call(`${base}/api/v1/commands`, RegistrySchema);

export interface DistrictName {
  code: string;
  name: { ko: string; en: string };
}

const DistrictsSchema = z.object({
  features: z.array(z.object({ properties: z.object({ code: z.string(), nameKo: z.string(), nameEn: z.string() }) })),
});

/** The 25 gu's names (no polygons). */
export const fetchDistrictNames = (base: string): Promise<DistrictName[]> =>
  call(`${base}/api/v1/districts?geometry=false`, DistrictsSchema).then((b) =>
    b.features.map((f) => ({ code: f.properties.code, name: { ko: f.properties.nameKo, en: f.properties.nameEn } })),
  );

/** A role's (or a district head's) layout, for the names of the screens a wall has. */
export function fetchRoleLayout(base: string, role: string, district: string | null): Promise<StoredLayout> {
  const q = new URLSearchParams({ role });
  if (district) q.set('district', district);
  return call(`${base}/api/v1/layouts/resolve?${q}`, StoredLayoutSchema);
}
