/**
 * @module platform/open311-port
 * The Open311 server over the complaint store: the categories are the city's complaint categories,
 * requests are the stored complaints, and a filed request is stored at once (so that the filer can
 * read it back) and published as `complaint.filed` for the complaint actors, which keep it from then on.
 */
import { randomBytes } from 'node:crypto';
import { districtAt } from '../../connectors/open311/district.ts';
import type { Bus } from '../bus/bus.ts';
import { COMPLAINT_CATEGORIES } from '../complaints/categories.ts';
import { COMPLAINT_EVENT_KINDS, subjects, type ComplaintFiled } from '../contracts/index.ts';
import type { Database } from '../../db/client.ts';
import { complaintFromRequest } from '../open311/new-complaint.ts';
import type { Open311Port } from '../open311/port.ts';
import { getComplaint, queryOpen311Complaints, upsertComplaints } from '../store/index.ts';

/** The source of requests filed through our own Open311 server. */
export const OPEN311_API_SOURCE = 'open311-api';

const SEOUL_OFFSET_MS = 9 * 3_600_000;

export function createStoreOpen311Port(db: Database, bus: Pick<Bus, 'publishBatch'>, now: () => number = Date.now): Open311Port {
  return {
    categories: async () => [...COMPLAINT_CATEGORIES],
    query: (q) => queryOpen311Complaints(db, q),
    get: (id) => getComplaint(db, id),
    async file(input, _by) {
      const category = COMPLAINT_CATEGORIES.find((c) => c.code === input.serviceCode);
      if (!category) throw new Error(`no category ${input.serviceCode}`);
      const t = now();
      const day = new Date(t + SEOUL_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
      const id = `${OPEN311_API_SOURCE}:${day}-${randomBytes(5).toString('hex')}`;
      const district = input.lon !== null && input.lat !== null ? districtAt(input.lon, input.lat) : null;
      const complaint = complaintFromRequest({ id, source: OPEN311_API_SOURCE, input, category, at: t, district });
      await upsertComplaints(db, [complaint]);
      const payload: ComplaintFiled = {
        complaint: id, category: complaint.category, channel: 'open311', district, dong: null, address: complaint.address,
        lon: complaint.lon, lat: complaint.lat, title: complaint.title, description: complaint.description,
        department: complaint.department, reporter: complaint.reporter, synthetic: false,
      };
      await bus.publishBatch(subjects.cityEvent(COMPLAINT_EVENT_KINDS.filed, district), {
        v: 1, source: OPEN311_API_SOURCE, batchId: `${id}:filed`, publishedAt: t,
        events: [{ v: 1, id: `${id}:filed`, source: OPEN311_API_SOURCE, kind: COMPLAINT_EVENT_KINDS.filed, observedAt: complaint.requestedAt, entity: `complaint:${id}`, district, payload }],
      });
      return complaint;
    },
  };
}
