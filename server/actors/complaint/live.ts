/**
 * @module actors/complaint/live
 * The live channels of the complaint board (builders in contracts/channels.ts).
 */
import { channels } from '../../contracts/channels.ts';

export const complaintChannels = {
  feed: channels.complaintFeed,
  kpis: channels.complaintKpis,
  rising: channels.complaintRising,
} as const;
