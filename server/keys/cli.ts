/**
 * @module keys/cli
 * The `npm run keys` command, without its I/O: parse the arguments (bad input is a `UsageError`,
 * exit 2), then create, list or revoke keys through a `KeyStore`, recording creations and
 * revocations in the audit log. A created key is written to `out` alone on its line, once.
 */
import { parseArgs } from 'node:util';
import type { AuditSink } from '../audit/port.ts';
import type { KeyScope } from '../contracts/access.ts';
import { KEY_ID_PATTERN } from './key-material.ts';
import type { ApiKeyInfo, KeyStore, ScopeRules } from './port.ts';
import { auditDetails, KeyRequestError, SHOWN_ONCE_WARNING, validateScope } from './rules.ts';
import { parseCommandLine, UsageError } from '../cli/usage.ts';

export { UsageError };

export const KEYS_USAGE = `usage:
  npm run keys -- create --name NAME --district 11680 [--district …] | --district all
                         --resource air [--resource …]
                         --access read|write [--days 90 | --expires 2027-01-31T00:00:00Z] [--rate 600]
  npm run keys -- list [--json]
  npm run keys -- revoke KEY_ID
Lists may also be given comma-separated (--district 11680,11650).`;

export type KeysCommand =
  | { kind: 'create'; name: string; scope: KeyScope; days?: number; expiresAt?: Date; rateLimit?: number }
  | { kind: 'list'; json: boolean }
  | { kind: 'revoke'; id: string }
  | { kind: 'help' };

const CREATE_OPTIONS = {
  name: { type: 'string' },
  district: { type: 'string', multiple: true },
  resource: { type: 'string', multiple: true },
  access: { type: 'string' },
  days: { type: 'string' },
  expires: { type: 'string' },
  rate: { type: 'string' },
} as const;

const split = (xs: readonly string[] | undefined): string[] => (xs ?? []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

const wholeNumber = (flag: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value)) throw new UsageError(`--${flag} must be a whole number, not "${value}"`);
  return Number(value);
};

const instant = (value: string | undefined): Date | undefined => {
  if (value === undefined) return undefined;
  const at = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at.getTime())) throw new UsageError(`--expires must be an ISO 8601 date or time, not "${value}"`);
  return at;
};

function parseCreate(args: string[]): KeysCommand {
  const { values } = parseArgs({ args, options: CREATE_OPTIONS, strict: true, allowPositionals: false });
  if (values.name === undefined) throw new UsageError('--name is required');
  if (values.access !== 'read' && values.access !== 'write') throw new UsageError('--access must be read or write');
  if (values.days !== undefined && values.expires !== undefined) throw new UsageError('give --days or --expires, not both');
  const districts = split(values.district);
  if (districts.length === 0) throw new UsageError('--district is required: one or more gu codes, or "all" for the whole city');
  const cityWide = districts.includes('all');
  if (cityWide && districts.length > 1) throw new UsageError('--district all cannot be combined with gu codes');
  const scope = validateScope({ districts: cityWide ? [] : districts, resources: split(values.resource), access: values.access });
  const days = wholeNumber('days', values.days);
  const rateLimit = wholeNumber('rate', values.rate);
  const expiresAt = instant(values.expires);
  return {
    kind: 'create',
    name: values.name,
    scope,
    ...(days === undefined ? {} : { days }),
    ...(expiresAt === undefined ? {} : { expiresAt }),
    ...(rateLimit === undefined ? {} : { rateLimit }),
  };
}

function parseCommand(argv: readonly string[]): KeysCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create':
      return parseCreate(rest);
    case 'list': {
      const { values } = parseArgs({ args: rest, options: { json: { type: 'boolean' } }, strict: true, allowPositionals: false });
      return { kind: 'list', json: values.json === true };
    }
    case 'revoke': {
      const { positionals } = parseArgs({ args: rest, options: {}, strict: true, allowPositionals: true });
      const [id, ...extra] = positionals;
      if (id === undefined || extra.length > 0) throw new UsageError('revoke takes exactly one key id');
      if (!KEY_ID_PATTERN.test(id)) throw new UsageError(`"${id}" is not a key id (key_ and 16 hex digits; see npm run keys -- list)`);
      return { kind: 'revoke', id };
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { kind: 'help' };
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

/** The command line as a command; throws `UsageError` with a message fit to show. */
export function parseKeysArgs(argv: readonly string[]): KeysCommand {
  return parseCommandLine(() => parseCommand(argv), [KeyRequestError]);
}

export interface KeysCliDeps {
  keys: KeyStore;
  audit: AuditSink;
  /** `cli:<os user>`: who created or revoked, in the store and the audit log. */
  actor: string;
  scopeRules?: ScopeRules;
  /** Standard output (the key, listings) and standard error (everything said about them). */
  out(line: string): void;
  err(line: string): void;
}

const describe = (k: ApiKeyInfo): string =>
  [k.id, k.prefix, k.status.padEnd(7), `${k.scope.access.padEnd(5)}`, `districts=${k.scope.districts.join(',') || 'all'}`, `resources=${k.scope.resources.join(',')}`,
    `${k.rateLimit}/min`, `expires=${k.expiresAt.toISOString()}`, `lastUsed=${k.lastUsedAt?.toISOString() ?? '-'}`, JSON.stringify(k.name)].join('  ');

async function create(cmd: Extract<KeysCommand, { kind: 'create' }>, deps: KeysCliDeps): Promise<number> {
  const { kind: _kind, ...fields } = cmd;
  const created = await deps.keys.create({ ...fields, createdBy: deps.actor }, deps.scopeRules);
  try {
    await deps.audit.record({ action: 'key.created', actor: deps.actor, target: created.info.id, details: auditDetails(created.info) });
  } catch (err) {
    await deps.keys.revoke(created.info.id); // an unrecorded key must not stay usable
    throw err;
  }
  deps.err(`created ${describe(created.info)}`);
  deps.out(created.key);
  deps.err(SHOWN_ONCE_WARNING);
  return 0;
}

async function revoke(id: string, deps: KeysCliDeps): Promise<number> {
  const result = await deps.keys.revoke(id);
  if (!result.found) {
    deps.err(`no API key ${id}`);
    return 1;
  }
  if (!result.revokedNow) {
    deps.err(`${id} was already revoked at ${result.info.revokedAt?.toISOString() ?? '?'}`);
    return 0;
  }
  await deps.audit.record({ action: 'key.revoked', actor: deps.actor, target: id, details: auditDetails(result.info) });
  deps.err(`revoked ${describe(result.info)}`);
  return 0;
}

/** Runs a parsed command; the exit code is 0, 1 (no such key) or 2 (the store refused the request). */
export async function runKeysCommand(cmd: KeysCommand, deps: KeysCliDeps): Promise<number> {
  try {
    switch (cmd.kind) {
      case 'help':
        deps.out(KEYS_USAGE);
        return 0;
      case 'list': {
        const keys = await deps.keys.list();
        if (cmd.json) deps.out(JSON.stringify(keys, null, 2));
        else if (keys.length === 0) deps.err('no API keys');
        else for (const k of keys) deps.out(describe(k));
        return 0;
      }
      case 'revoke':
        return await revoke(cmd.id, deps);
      case 'create':
        return await create(cmd, deps);
    }
  } catch (err) {
    if (!(err instanceof KeyRequestError)) throw err;
    deps.err(`invalid key request: ${err.message}`);
    return 2;
  }
}
