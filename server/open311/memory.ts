/**
 * @module open311/memory
 * An `Open311Port` over categories and complaints held in memory, with the semantics the store
 * must have (filters, newest `requestedAt` first, pages): for the route tests. A filed request
 * becomes a complaint `open311-seoul:<year>-<nnnnnn>` (channel open311, status received, due after
 * the category's SLA); what the complaint contract has no field for (address id, media, device,
 * account, attribute answers) and who filed it are kept beside it in `filed`.
 */
import { open311StatusOf, type Complaint } from '../contracts/complaint.ts';
import { complaintFromRequest } from './new-complaint.ts';
import type { Filer, NewRequest, Open311Port, RequestQuery, ServiceCategory } from './port.ts';
import { SAMPLE_CATEGORIES, SAMPLE_COMPLAINTS } from './samples.ts';

const SEOUL_OFFSET_MS = 9 * 3_600_000;

export interface MemoryOpen311Options {
  categories?: readonly ServiceCategory[];
  complaints?: readonly Complaint[];
  now?: () => number;
  /** The source (and id prefix) of filed complaints. */
  source?: string;
}

export interface MemoryOpen311Port extends Open311Port {
  readonly complaints: Complaint[];
  readonly filed: Map<string, { input: NewRequest; by: Filer }>;
  /** Every query asked, in order. */
  readonly asked: RequestQuery[];
}

const newestFirst = (a: Complaint, b: Complaint): number =>
  Date.parse(b.requestedAt) - Date.parse(a.requestedAt) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

function matches(c: Complaint, q: RequestQuery): boolean {
  if (q.ids !== undefined) return q.ids.includes(c.id);
  const at = Date.parse(c.requestedAt);
  return (q.serviceCodes === undefined || q.serviceCodes.includes(c.category))
    && (q.status === undefined || open311StatusOf(c.status) === q.status)
    && (q.from === undefined || at >= q.from.getTime())
    && (q.to === undefined || at <= q.to.getTime());
}

/** The first line of the description, else the category's name. */

export function createMemoryOpen311Port(options: MemoryOpen311Options = {}): MemoryOpen311Port {
  const categories = [...(options.categories ?? SAMPLE_CATEGORIES)];
  const complaints = [...(options.complaints ?? SAMPLE_COMPLAINTS)];
  const now = options.now ?? Date.now;
  const source = options.source ?? 'open311-seoul';
  const filed = new Map<string, { input: NewRequest; by: Filer }>();
  const asked: RequestQuery[] = [];
  let seq = 0;
  return {
    complaints,
    filed,
    asked,
    categories: async () => categories,
    async query(q) {
      asked.push(q);
      const found = complaints.filter((c) => matches(c, q)).sort(newestFirst);
      return found.slice((q.page - 1) * q.limit, q.page * q.limit);
    },
    get: async (id) => complaints.find((c) => c.id === id) ?? null,
    async file(input, by) {
      const cat = categories.find((c) => c.code === input.serviceCode);
      if (!cat) throw new Error(`no category ${input.serviceCode}`);
      const t = now();
      const year = new Date(t + SEOUL_OFFSET_MS).getUTCFullYear();
      seq += 1;
      const complaint = complaintFromRequest({ id: `${source}:${year}-${String(seq).padStart(6, '0')}`, source, input, category: cat, at: t, district: null });
      complaints.push(complaint);
      filed.set(complaint.id, { input, by });
      return complaint;
    },
  };
}
