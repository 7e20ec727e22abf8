/**
 * @module connectors/open311/fetch
 * I/O only: the pages of one run. First the service list (`services.{fmt}`, once per run), then either the
 * requests by id (`requests/{id}.{fmt}`) or the requests of the run's window
 * (`requests.{fmt}?start_date&end_date[&status][&service_code]&page&page_size`), page after page until a page
 * is shorter than `page_size`, repeats the previous one (a server that ignores `page`), or `MAX_PAGES`.
 * Also the one-shot reads the platform may use outside a run: the service list and a service definition.
 */
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import type { Open311Service, Open311ServiceDefinition } from './api.ts';
import { checkedBody, endpointOf, getOpen311, open311Url, type Open311Endpoint } from './client.ts';
import { envNamesOf, type Open311EnvNames } from './manifest.ts';
import { requestWindow, type Open311Params } from './params.ts';
import { requestItems } from './requests.ts';
import { parseServiceDefinition, parseServices } from './services.ts';
import { formatW3cUtc } from './time.ts';

/** A run stops after this many request pages and logs it. */
export const MAX_PAGES = 200;

/** Items of a request page, or null when it cannot be read (the page is then quarantined by `parse`). */
const itemsOf = (page: RawPage, ctx: FetchContext<Open311Params>, ep: Open311Endpoint): unknown[] | null => {
  const body = checkedBody(page, ctx.now(), ep.apiKey);
  if (body === null) return null;
  try {
    return requestItems(body);
  } catch (err) {
    if (err instanceof ParseError) return null;
    throw err;
  }
};

/** What identifies a page's content: its request ids when every entry has one (format apart), else the entries. */
const pageKey = (items: readonly unknown[]): string => {
  const ids = items.map((i) => (typeof i === 'object' && i !== null && 'service_request_id' in i ? String(i.service_request_id) : null));
  return JSON.stringify(ids.every((id) => id !== null) ? ids : items);
};

async function* windowPages(ctx: FetchContext<Open311Params>, ep: Open311Endpoint): AsyncIterable<RawPage> {
  const p = ctx.params;
  const { start, end } = requestWindow(p, ctx.now());
  const query = { start_date: formatW3cUtc(start), end_date: formatW3cUtc(end), status: p.status, service_code: p.serviceCode, page_size: p.pageSize };
  let previous: string | null = null;
  for (let n = 1; ; n++) {
    const page = await getOpen311(ctx.fetch, open311Url(ep, 'requests', { ...query, page: n }), ctx.now, ep.apiKey);
    const items = itemsOf(page, ctx, ep);
    const seen = items === null ? null : pageKey(items);
    if (n > 1 && seen !== null && seen === previous) {
      ctx.log.info({ page: n }, 'the server repeated the previous page (it does not page); done');
      return;
    }
    yield page;
    if (items === null || items.length < p.pageSize) return;
    if (n >= MAX_PAGES) {
      ctx.log.warn({ pages: n }, 'page limit reached; narrow the window or raise pageSize');
      return;
    }
    previous = seen;
  }
}

async function* idPages(ctx: FetchContext<Open311Params>, ep: Open311Endpoint, ids: readonly string[]): AsyncIterable<RawPage> {
  for (const id of ids) {
    const page = await getOpen311(ctx.fetch, open311Url(ep, `requests/${encodeURIComponent(id)}`), ctx.now, ep.apiKey);
    checkedBody(page, ctx.now(), ep.apiKey);
    yield page;
  }
}

/** The pages of one run (see the module header). */
export async function* fetchOpen311(ctx: FetchContext<Open311Params>, env: Open311EnvNames = envNamesOf()): AsyncIterable<RawPage> {
  const ep = endpointOf(ctx.config, env);
  if (ctx.params.services) {
    const page = await getOpen311(ctx.fetch, open311Url(ep, 'services'), ctx.now, ep.apiKey);
    checkedBody(page, ctx.now(), ep.apiKey);
    yield page;
  }
  if (ctx.params.ids !== undefined) yield* idPages(ctx, ep, ctx.params.ids);
  else yield* windowPages(ctx, ep);
}

/** What the one-shot reads need. */
export interface Open311Deps {
  fetch: typeof fetch;
  config: Readonly<Record<string, string>>;
  now: () => number;
  env?: Open311EnvNames;
}

/** The endpoint's service list (strict: `ParseError` when an entry does not fit the spec). */
export const fetchOpen311Services = async (d: Open311Deps): Promise<Open311Service[]> => {
  const ep = endpointOf(d.config, d.env);
  const page = await getOpen311(d.fetch, open311Url(ep, 'services'), d.now, ep.apiKey);
  checkedBody(page, d.now(), ep.apiKey);
  return parseServices(page.body);
};

/** One service's definition (`services/{code}.{fmt}`). */
export const fetchOpen311ServiceDefinition = async (d: Open311Deps, serviceCode: string): Promise<Open311ServiceDefinition> => {
  const ep = endpointOf(d.config, d.env);
  const page = await getOpen311(d.fetch, open311Url(ep, `services/${encodeURIComponent(serviceCode)}`), d.now, ep.apiKey);
  checkedBody(page, d.now(), ep.apiKey);
  return parseServiceDefinition(page.body);
};
