/**
 * @module wall/state/opinion-state
 * The wall's citizen-opinion state: the live complaint feed (titles as filed for signed-in staff,
 * redacted for everyone else), the answer-time KPIs of the city, every gu and every department, the
 * rising issues of the day, the media trend board and the participation board. Pure data, no DOM.
 */
import type { ComplaintFeedItem, ComplaintKpi, RisingIssue, TrendBoard } from '../../../server/contracts/index.ts';
import type { WallParticipationBoard } from './participation.ts';

export interface OpinionState {
  /** The latest complaints filed, newest first. */
  complaints: ComplaintFeedItem[];
  complaintsAt: string | null;
  complaintKpis: ComplaintKpi[];
  complaintKpisAt: string | null;
  rising: RisingIssue[];
  risingAt: string | null;
  trends: TrendBoard | null;
  trendsAt: string | null;
  participation: WallParticipationBoard | null;
  participationAt: string | null;
}

export const initialOpinion = (): OpinionState => ({
  complaints: [],
  complaintsAt: null,
  complaintKpis: [],
  complaintKpisAt: null,
  rising: [],
  risingAt: null,
  trends: null,
  trendsAt: null,
  participation: null,
  participationAt: null,
});
