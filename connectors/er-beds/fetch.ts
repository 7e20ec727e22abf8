/**
 * @module connectors/er-beds/fetch
 * I/O only: every page of the current bed list (pageNo 1, 2, … until totalCount is covered).
 */
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { baseUrlOf, checkedEnvelope, getPage } from '../_safety/http.ts';
import { ER_FEED_PATH } from './api.ts';
import type { ErBedsParams } from './params.ts';

export const BASE_URL_ENV = 'ER_BEDS_BASE_URL';
export const MAX_PAGES = 100;

export async function* fetchErBeds(ctx: FetchContext<ErBedsParams>): AsyncIterable<RawPage> {
  const base = baseUrlOf(ctx.config, BASE_URL_ENV);
  const rows = ctx.params.numOfRows;
  for (let pageNo = 1; pageNo <= MAX_PAGES; pageNo++) {
    const page = await getPage(ctx.fetch, `${base}${ER_FEED_PATH}?pageNo=${pageNo}&numOfRows=${rows}`, ctx.now);
    const env = checkedEnvelope(page);
    yield page;
    if (env === null || env.items.length === 0 || env.totalCount === null || pageNo * rows >= env.totalCount) return;
  }
  ctx.log.warn({ pages: MAX_PAGES }, 'page limit reached');
}
