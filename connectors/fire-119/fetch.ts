/**
 * @module connectors/fire-119/fetch
 * I/O only: the 119 feed's pages of one run, by time window then by cursor (see `_safety/feed.ts`).
 */
import type { FetchContext, RawPage } from '../_kit/define-connector.ts';
import { fetchFeed, type FeedParams } from '../_safety/feed.ts';

export const BASE_URL_ENV = 'FIRE_119_BASE_URL';

export const fetchFire119 = (ctx: FetchContext<FeedParams>): AsyncIterable<RawPage> => fetchFeed(ctx, BASE_URL_ENV);
