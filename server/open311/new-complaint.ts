/**
 * @module open311/new-complaint
 * Pure: the complaint a POSTed Open311 request becomes — channel `open311`, status `received`, due
 * after the category's answer time, the department that answers the category, the title from the
 * first line of the description.
 */
import { ComplaintSchema, type Complaint } from '../contracts/complaint.ts';
import type { NewRequest, ServiceCategory } from './port.ts';

const DAY_MS = 86_400_000;

/** The first line of the description, else the category's name. */
function titleOf(description: string, cat: ServiceCategory): string {
  const line = description.split('\n').map((l) => l.trim()).find((l) => l !== '');
  return line === undefined ? cat.name.ko : line.slice(0, 200);
}

export interface NewComplaint {
  id: string;
  source: string;
  input: NewRequest;
  category: ServiceCategory;
  /** Epoch ms of filing. */
  at: number;
  /** The gu the position falls in, if known. */
  district: string | null;
}

export function complaintFromRequest({ id, source, input, category: cat, at: t, district }: NewComplaint): Complaint {
  const at = new Date(t).toISOString();
  return ComplaintSchema.parse({
    id,
    source,
    category: cat.code,
    channel: 'open311',
    status: 'received',
    district,
    dong: null,
    address: input.addressString,
    lon: input.lon,
    lat: input.lat,
    title: titleOf(input.description, cat),
    description: input.description,
    department: cat.department,
    reporter: input.reporter,
    synthetic: false,
    requestedAt: at,
    updatedAt: at,
    dueAt: new Date(t + cat.slaDays * DAY_MS).toISOString(),
    answeredAt: null,
    closedAt: null,
    reopened: 0,
    history: [{ status: 'received', at, department: cat.department, note: null }],
  });
}
