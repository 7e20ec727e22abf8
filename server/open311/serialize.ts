/**
 * @module open311/serialize
 * Complaints and categories as Open311 documents: services, a service definition, service
 * requests, the answer to a POST, and the status history (this server's extension). Element names
 * and order follow the GeoReport v2 spec; times are ISO 8601 in Seoul time (+09:00); texts are the
 * Korean ones. Reporter fields are never part of any of these. Pure.
 */
import { open311StatusOf, type Complaint, type ComplaintCategory } from '../contracts/complaint.ts';
import type { ServiceAttribute, ServiceCategory } from './port.ts';
import { xmlList, type XmlList, type XmlRecord } from './xml.ts';

const SEOUL_OFFSET_MS = 9 * 3_600_000;

/** `2026-11-27T05:20:00Z` → `2026-11-27T14:20:00+09:00` (milliseconds kept when there are any). */
export function seoulDateTime(at: string | number): string {
  const ms = typeof at === 'number' ? at : Date.parse(at);
  if (!Number.isFinite(ms)) throw new RangeError(`not a time: ${String(at)}`);
  const local = new Date(ms + SEOUL_OFFSET_MS).toISOString();
  const withoutZone = local.endsWith('.000Z') ? local.slice(0, 19) : local.slice(0, 23);
  return `${withoutZone}+09:00`;
}

/** The latest note of the history (the answer, a transfer's reason…), if any was written. */
export function lastNote(c: Pick<Complaint, 'history'>): string | null {
  for (let i = c.history.length - 1; i >= 0; i--) {
    const note = c.history[i]?.note;
    if (note !== null && note !== undefined && note.trim() !== '') return note;
  }
  return null;
}

/** What the city promises for a category: who answers, and within how many days. */
export const serviceNotice = (cat: Pick<ComplaintCategory, 'department' | 'slaDays'>): string =>
  `${cat.department.ko}에서 접수 후 ${cat.slaDays}일 이내에 답변합니다.`;

const hasMetadata = (cat: ServiceCategory): boolean => (cat.attributes?.length ?? 0) > 0;

/** One `<service>` of GET services. */
export function serviceRecord(cat: ServiceCategory): XmlRecord {
  return {
    service_code: cat.code,
    service_name: cat.name.ko,
    description: `${cat.name.en}. ${serviceNotice(cat)}`,
    metadata: hasMetadata(cat),
    type: 'realtime',
    keywords: cat.keywords.join(', '),
    group: cat.group.ko,
  };
}

export const servicesDocument = (cats: readonly ServiceCategory[]): XmlList => xmlList('service', cats.map(serviceRecord));

const attributeRecord = (a: ServiceAttribute): XmlRecord => ({
  variable: a.variable,
  code: a.code,
  datatype: a.datatype,
  required: a.required,
  datatype_description: a.datatypeDescription,
  order: a.order,
  description: a.description,
  values: xmlList('value', a.values.map((v) => ({ key: v.key, name: v.name }))),
});

/** GET services/{code}: the attributes in their order. */
export function serviceDefinition(cat: ServiceCategory): XmlRecord {
  const attributes = [...(cat.attributes ?? [])].sort((a, b) => a.order - b.order);
  return { service_code: cat.code, attributes: xmlList('attribute', attributes.map(attributeRecord)) };
}

/** One `<request>` of GET requests. `cat` is the complaint's category when it is still served. */
export function requestRecord(c: Complaint, cat: ServiceCategory | undefined): XmlRecord {
  return {
    service_request_id: c.id,
    status: open311StatusOf(c.status),
    status_notes: lastNote(c),
    service_name: cat?.name.ko ?? c.category,
    service_code: c.category,
    description: c.description,
    agency_responsible: c.department.ko,
    service_notice: cat === undefined ? null : serviceNotice(cat),
    requested_datetime: seoulDateTime(c.requestedAt),
    updated_datetime: seoulDateTime(c.updatedAt),
    expected_datetime: seoulDateTime(c.dueAt),
    address: c.address,
    // The complaint keeps no address id, postcode or media of its own.
    address_id: null,
    zipcode: null,
    lat: c.lat,
    long: c.lon,
    media_url: null,
  };
}

export function requestsDocument(list: readonly Complaint[], cats: readonly ServiceCategory[]): XmlList {
  const byCode = new Map(cats.map((cat) => [cat.code, cat]));
  return xmlList('request', list.map((c) => requestRecord(c, byCode.get(c.category))));
}

/** The answer to POST requests. */
export const filedDocument = (c: Complaint, cat: ServiceCategory, accountId: string | null): XmlList =>
  xmlList('request', [{ service_request_id: c.id, service_notice: serviceNotice(cat), account_id: accountId }]);

/** The history extension: one `<entry>` per status change, oldest first. */
export function historyDocument(c: Complaint): XmlList {
  return xmlList(
    'entry',
    c.history.map((h) => ({
      service_request_id: c.id,
      status: open311StatusOf(h.status),
      detailed_status: h.status,
      updated_datetime: seoulDateTime(h.at),
      agency_responsible: h.department?.ko ?? null,
      status_notes: h.note,
    })),
  );
}
