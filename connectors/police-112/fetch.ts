/**
 * @module connectors/police-112/fetch
 * I/O only: the 112 feed's pages of one run, by time window then by cursor (see `_safety/feed.ts`).
 */
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { fetchFeed, type FeedParams } from '../_safety/feed.ts';

export const BASE_URL_ENV = 'POLICE_112_BASE_URL';

export const fetchPolice112 = (ctx: FetchContext<FeedParams>): AsyncIterable<RawPage> => fetchFeed(ctx, BASE_URL_ENV);
