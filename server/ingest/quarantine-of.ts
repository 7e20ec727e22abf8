/**
 * @module ingest/quarantine-of
 * Pure: quarantine records for what the pipeline could not accept.
 */
import { Buffer } from 'node:buffer';
import type { QuarantineRecord } from '../contracts/index.ts';
import type { Rejection } from './readings-of.ts';

/** The source named in a raw message when it can be read, else `unknown`. */
export function sourceOf(raw: Uint8Array): string {
  try {
    const source: unknown = JSON.parse(new TextDecoder().decode(raw))?.source;
    return typeof source === 'string' && /^[a-z][a-z0-9-]{1,47}$/.test(source) ? source : 'unknown';
  } catch {
    return 'unknown';
  }
}

export function quarantineOfMessage(raw: Uint8Array, subject: string, reason: string, at: Date): QuarantineRecord {
  return { source: sourceOf(raw), subject, reason, raw: Buffer.from(raw).toString('base64'), at: at.toISOString() };
}

export function quarantineOfRejection(r: Rejection, subject: string, at: Date): QuarantineRecord {
  const raw = Buffer.from(JSON.stringify(r.event)).toString('base64');
  return { source: r.event.source, subject, reason: `${r.event.id}: ${r.reason}`, raw, at: at.toISOString() };
}
