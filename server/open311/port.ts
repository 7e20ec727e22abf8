/**
 * @module open311/port
 * What the Open311 GeoReport v2 server needs from the rest of the platform: the complaint
 * categories (Open311 services, with the extra questions some of them ask), the stored complaints
 * (Open311 service requests) and a way to file a new one. Implemented over the complaint store in
 * the platform and in memory for tests (./memory.ts).
 */
import { z } from 'zod';
import type { KeyPrincipal } from '../contracts/access.ts';
import type { Complaint, ComplaintCategory, Reporter } from '../contracts/complaint.ts';

/** Page size of GET requests when the caller gives none. */
export const DEFAULT_PAGE_SIZE = 50;
/** The largest page (and the most ids in one `service_request_id` list). */
export const MAX_PAGE_SIZE = 500;
/** The longest `start_date`…`end_date` window, and the window used when neither is given (the spec's). */
export const MAX_RANGE_DAYS = 90;

/** Open311 attribute datatypes (GET service definition). */
export const ATTRIBUTE_DATATYPES = ['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'] as const;

/** One extra question a category asks (an Open311 service attribute). */
export const ServiceAttributeSchema = z
  .object({
    /** false: shown to the person as information only, no answer expected. */
    variable: z.boolean(),
    code: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    datatype: z.enum(ATTRIBUTE_DATATYPES),
    required: z.boolean(),
    datatypeDescription: z.string().max(400).nullable(),
    /** 1 is shown first. */
    order: z.number().int().positive(),
    description: z.string().min(1).max(400),
    /** The choices of a singlevaluelist or multivaluelist (empty for the other datatypes). */
    values: z.array(z.object({ key: z.string().min(1).max(80), name: z.string().min(1).max(200) })),
  })
  .refine((a) => (a.datatype === 'singlevaluelist' || a.datatype === 'multivaluelist') === a.values.length > 0, {
    message: 'list datatypes need values; the others have none',
    path: ['values'],
  });
export type ServiceAttribute = z.infer<typeof ServiceAttributeSchema>;

/** A complaint category as Open311 serves it: `attributes` present and non-empty makes `metadata` true. */
export type ServiceCategory = ComplaintCategory & { attributes?: readonly ServiceAttribute[] };

/** A district system filing through Open311: the API key it presented, resolved by the key store. */
export type Filer = KeyPrincipal;

/** GET requests, as the routes hand it over: every field already checked. */
export interface RequestQuery {
  /** Only these complaints (`service_request_id`); the spec lets this override every other filter. */
  ids?: readonly string[];
  /** Only these categories (`service_code`). */
  serviceCodes?: readonly string[];
  /** By Open311 status (`open311StatusOf`). */
  status?: 'open' | 'closed';
  /** requestedAt at or after. */
  from?: Date;
  /** requestedAt at or before. */
  to?: Date;
  /** Newest `requestedAt` first (ties: higher id first); at most MAX_PAGE_SIZE. */
  limit: number;
  /** 1-based: page 2 skips the first `limit`. */
  page: number;
}

/** POST requests, checked: what the port needs to file a complaint (channel open311, status received). */
export interface NewRequest {
  serviceCode: string;
  /** WGS84; both or neither. */
  lat: number | null;
  lon: number | null;
  addressString: string | null;
  /** The jurisdiction's own address id (도로명주소 관리번호 or similar). */
  addressId: string | null;
  description: string;
  reporter: Reporter;
  mediaUrl: string | null;
  deviceId: string | null;
  accountId: string | null;
  /** Answers to the category's attributes, by attribute code (one value except for multivaluelist). */
  attributes: Readonly<Record<string, readonly string[]>>;
}

export interface Open311Port {
  /** Every category served as an Open311 service, in the order to list them. */
  categories(): Promise<ServiceCategory[]>;
  query(q: RequestQuery): Promise<Complaint[]>;
  /** By `Complaint.id`. */
  get(id: string): Promise<Complaint | null>;
  /** Files a complaint (channel `open311`, status `received`) and returns it as stored. */
  file(input: NewRequest, by: Filer): Promise<Complaint>;
}
