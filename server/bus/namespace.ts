/**
 * @module bus/namespace
 * Several deployments (cities, staging, benchmarks, tests) can share one NATS cluster: a namespace
 * prefixes every subject and suffixes every stream name. No namespace: the plain names.
 */
export interface Namespace {
  readonly name: string | null;
  subject(s: string): string;
  /** The subject as the rest of the server knows it. */
  local(s: string): string;
  stream(name: string): string;
}

export class NamespaceError extends Error {
  override name = 'NamespaceError';
}

export function createNamespace(name?: string | null): Namespace {
  if (!name) return { name: null, subject: (s) => s, local: (s) => s, stream: (n) => n };
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(name)) throw new NamespaceError(`not a valid bus namespace: ${JSON.stringify(name)}`);
  const prefix = `${name}.`;
  const suffix = `_${name.toUpperCase().replace(/-/g, '_')}`;
  return {
    name,
    subject: (s) => prefix + s,
    local: (s) => (s.startsWith(prefix) ? s.slice(prefix.length) : s),
    stream: (n) => n + suffix,
  };
}
