/**
 * @module audit/port
 * What the rest of the server needs from the audit log: record one event. The log itself
 * (append-only, hash-chained) is in ./audit-log.ts.
 */
import type { AuditAction } from '../contracts/access.ts';

export interface AuditEvent {
  action: AuditAction;
  /** `user:<login>`, `key:<id>`, `anonymous`, `system`, `cli:<os user>`. */
  actor: string;
  target?: string;
  details?: Record<string, unknown>;
}

export interface AuditSink {
  record(event: AuditEvent): Promise<void>;
}

/** Keeps events in memory: for tests and for code that runs before the log is open. */
export function memoryAuditSink(): AuditSink & { events: AuditEvent[] } {
  const events: AuditEvent[] = [];
  return {
    events,
    async record(e) {
      events.push(e);
    },
  };
}
