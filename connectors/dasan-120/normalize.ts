/**
 * @module connectors/dasan-120/normalize
 * Pure: one complaint with its history → `complaint.filed` (its 접수) plus one `complaint.status` per later step.
 *   id        `dasan-120:<no>:<status>:<n>`, n counting that status within the complaint from 1 (the filing is
 *             `…:received:1`; a second answer after a reopening `…:answered:2`): a natural key, so a re-read
 *             publishes the same ids
 *   entity    `complaint:dasan-120:<no>`; district the gu code; observedAt the step's time in UTC
 * Payloads are checked against the contract. An unknown gu, a gu name that contradicts its code, or a position
 * outside Seoul is quarantined. `synthetic: true` on every filing (the source is simulated).
 */
import {
  COMPLAINT_EVENT_KINDS,
  ComplaintFiledSchema,
  ComplaintIdSchema,
  ComplaintStatusChangedSchema,
  type ComplaintStatus,
  type EventEnvelope,
  type LocalizedText,
} from '../../server/contracts/index.ts';
import type { z } from 'zod';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { guByCode, guByName } from '../_safety/gu.ts';
import { inSeoul } from '../_safety/place.ts';
import { DASAN_DEPARTMENTS_EN } from './api.ts';
import { dasan120Manifest } from './manifest.ts';
import type { DasanRecord } from './parse.ts';

/** Korean department name → both names; a department the table lacks keeps its Korean name in English too. */
export const departmentOf = (ko: string): LocalizedText => ({ ko, en: DASAN_DEPARTMENTS_EN[ko] ?? ko });

const checked = <T>(schema: z.ZodType<T>, value: unknown, no: string): T => {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  const issue = res.error.issues[0];
  throw new RecordRejectedError(`complaint ${no} does not fit the contract: ${issue?.path.map(String).join('.') ?? ''} ${issue?.message ?? ''}`.trim());
};

const placeOf = (r: DasanRecord): string => {
  const gu = guByCode(r.guCode);
  if (!gu) throw new RecordRejectedError(`unknown gu code ${r.guCode} in complaint ${r.no}`);
  if (guByName(r.gu)?.code !== gu.code) throw new RecordRejectedError(`gu "${r.gu}" does not match code ${r.guCode} in complaint ${r.no}`);
  if (r.lon !== null && r.lat !== null && !inSeoul(r.lon, r.lat)) throw new RecordRejectedError(`position ${r.lon},${r.lat} of complaint ${r.no} is outside Seoul`);
  return gu.code;
};

export const normalizeDasan120 = (r: DasanRecord, ctx: NormalizeContext): EventEnvelope[] => {
  const district = placeOf(r);
  const complaint = `${ctx.source}:${r.no}`;
  if (!ComplaintIdSchema.safeParse(complaint).success) throw new RecordRejectedError(`complaint number "${r.no}" is not usable as an id`);
  const envelope = (status: ComplaintStatus, n: number, at: number, kind: string, payload: unknown): EventEnvelope => ({
    v: 1,
    id: `${complaint}:${status}:${n}`,
    source: ctx.source,
    kind,
    observedAt: new Date(at).toISOString(),
    entity: `complaint:${complaint}`,
    district,
    payload,
  });
  const filed = checked(
    ComplaintFiledSchema,
    {
      complaint,
      category: r.category,
      channel: r.channel,
      district,
      dong: r.dong,
      address: r.address,
      lon: r.lon,
      lat: r.lat,
      title: r.title,
      description: r.content,
      department: departmentOf(r.categoryDepartment),
      reporter: r.reporter,
      synthetic: r.synthetic || dasan120Manifest.synthetic,
    },
    r.no,
  );
  const events = [envelope('received', 1, r.receivedAt, COMPLAINT_EVENT_KINDS.filed, filed)];
  const seen = new Map<ComplaintStatus, number>([['received', 1]]);
  for (const step of r.history.slice(1)) {
    const n = (seen.get(step.status) ?? 0) + 1;
    seen.set(step.status, n);
    const payload = checked(
      ComplaintStatusChangedSchema,
      { complaint, status: step.status, department: step.department === null ? null : departmentOf(step.department), note: step.note },
      r.no,
    );
    events.push(envelope(step.status, n, step.at, COMPLAINT_EVENT_KINDS.status, payload));
  }
  return events;
};
