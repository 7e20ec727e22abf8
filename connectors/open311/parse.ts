/**
 * @module connectors/open311/parse
 * A fetched page → records. The page's address says what it holds (`…/services.{fmt}` the service list,
 * anything else service requests); its body is read as XML or JSON whatever the address or content type
 * say. Entries that do not fit the spec are rejects with their reason; an unreadable page (HTML, broken
 * XML or JSON, an error body) throws `ParseError` and is quarantined whole.
 */
import type { ParseResult, RawPage } from '../_kit/define-connector.ts';
import type { Open311Service, Open311ServiceRequest } from './api.ts';
import { readBody } from './body.ts';
import { requestsOf } from './requests.ts';
import { servicesOf } from './services.ts';
import { DEFAULT_TIME_ZONE } from './time.ts';

export type Open311Record = { kind: 'service'; service: Open311Service } | { kind: 'request'; request: Open311ServiceRequest };

export type PageKind = 'services' | 'requests';

export const pageKindOf = (url: string): PageKind => (/\/services\.(json|xml)$/i.test(url.split(/[?#]/)[0] ?? '') ? 'services' : 'requests');

export const parseOpen311Page = (page: RawPage, timeZone: string = DEFAULT_TIME_ZONE): ParseResult<Open311Record> => {
  const body = readBody(page.body);
  if (pageKindOf(page.url) === 'services') {
    const { records, rejects } = servicesOf(body);
    return { records: records.map((service) => ({ kind: 'service', service })), rejects };
  }
  const { records, rejects } = requestsOf(body, { timeZone });
  return { records: records.map((request) => ({ kind: 'request', request })), rejects };
};
