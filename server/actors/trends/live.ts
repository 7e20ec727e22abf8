/**
 * @module actors/trends/live
 * The live channel of the trend board (a `TrendBoard`): published, it carries terms and item ids, no author.
 */
import { channels } from '../../contracts/channels.ts';

export const TRENDS_CHANNEL = channels.trends();
