/**
 * @module privacy/complaint
 * The public view of a complaint: no reporter, texts redacted (the reporter's own name too, wherever
 * it appears), the address coarsened to the block, the position to the ~150 m grid.
 */
import type { Complaint } from '../contracts/complaint.ts';
import { coarsenAddress } from './address.ts';
import { coarsenPoint } from './point.ts';
import { redactText } from './redact.ts';
import type { ScanOptions } from './scan.ts';

/** Coarsens a nullable position; half a position is no position. */
export function coarsenNullablePoint(lat: number | null, lon: number | null): { lat: number | null; lon: number | null } {
  return lat === null || lon === null ? { lat: null, lon: null } : coarsenPoint(lat, lon);
}

/** The public view of a complaint (officials read the complaint as kept). */
export function publicComplaint(c: Complaint): Complaint {
  const opts: ScanOptions = { knownNames: c.reporter.name === null ? [] : [c.reporter.name] };
  const text = (s: string): string => redactText(s, opts);
  const { lat, lon } = coarsenNullablePoint(c.lat, c.lon);
  return {
    ...c,
    address: c.address === null ? null : text(coarsenAddress(c.address)),
    lat,
    lon,
    title: text(c.title),
    description: text(c.description),
    reporter: { name: null, phone: null, email: null },
    history: c.history.map((h) => ({ ...h, note: h.note === null ? null : text(h.note) })),
  };
}
