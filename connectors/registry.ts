/**
 * @module connectors/registry
 * Every connector of the platform. The server reads connectors from here and nowhere else.
 */
import type { AnyConnector } from './_kit/define-connector.ts';
import { erBeds } from './er-beds/index.ts';
import { fire119 } from './fire-119/index.ts';
import { police112 } from './police-112/index.ts';
import { seoulAir } from './seoul-air/index.ts';
import { dasan120 } from './dasan-120/index.ts';
import { open311 } from './open311/index.ts';
import { newsFeed } from './news-feed/index.ts';
import { socialSim } from './social-sim/index.ts';
import { proposals } from './proposals/index.ts';
import { budget } from './budget/index.ts';

export const connectors: readonly AnyConnector[] = Object.freeze([seoulAir, fire119, police112, erBeds, dasan120, proposals, budget, open311, newsFeed, socialSim]);

/**
 * Connectors that read only where they are told: without this setting they are not scheduled (there is no
 * default system to read).
 */
export const REQUIRED_SETTING: Readonly<Record<string, string>> = { open311: 'OPEN311_BASE_URL', 'news-feed': 'NEWS_FEED_URLS' };
