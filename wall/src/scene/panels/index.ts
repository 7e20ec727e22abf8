/**
 * @module wall/scene/panels
 * Panel kinds by the name layouts use.
 */
import type { PanelKind as PanelKindName } from '../../../../server/contracts/layout.ts';
import type { PanelKind } from '../panel-view.ts';
import { airRankingPanel } from './air-ranking-panel.ts';
import { budgetPanel } from './budget-panel.ts';
import { cctvPanel } from './cctv-panel.ts';
import { districtDetailPanel } from './district-detail-panel.ts';
import { complaintCategoriesPanel } from './complaint-categories-panel.ts';
import { complaintFeedPanel } from './complaint-feed-panel.ts';
import { complaintMapPanel } from './complaint-map-panel.ts';
import { complaintSlaPanel } from './complaint-sla-panel.ts';
import { cityScorePanel } from './city-score-panel.ts';
import { administrationPanel } from './domain-panel.ts';
import { glancePanel } from './glance-panel.ts';
import { incidentDetailPanel } from './incident-detail-panel.ts';
import { incidentsPanel } from './incidents-panel.ts';
import { indicatorDetailPanel } from './indicator-detail-panel.ts';
import { indicatorGridPanel } from './indicator-grid-panel.ts';
import { mapPanel } from './map-panel.ts';
import { mediaTrendsPanel } from './media-trends-panel.ts';
import { citizenOpinionPanel } from './opinion-summary-panel.ts';
import { participationPanel } from './participation-panel.ts';
import { pledgeBoardPanel } from './pledge-board-panel.ts';
import { risingIssuesPanel } from './rising-issues-panel.ts';
import { sourceHealthPanel } from './source-health-panel.ts';

export const PANELS: Readonly<Record<PanelKindName, PanelKind>> = {
  glance: glancePanel,
  map: mapPanel,
  'air-ranking': airRankingPanel,
  'source-health': sourceHealthPanel,
  'district-detail': districtDetailPanel,
  'citizen-opinion': citizenOpinionPanel,
  administration: administrationPanel,
  incidents: incidentsPanel,
  'incident-detail': incidentDetailPanel,
  cctv: cctvPanel,
  'complaint-map': complaintMapPanel,
  'complaint-feed': complaintFeedPanel,
  'complaint-sla': complaintSlaPanel,
  'complaint-categories': complaintCategoriesPanel,
  'rising-issues': risingIssuesPanel,
  'media-trends': mediaTrendsPanel,
  participation: participationPanel,
  'indicator-grid': indicatorGridPanel,
  'indicator-detail': indicatorDetailPanel,
  'pledge-board': pledgeBoardPanel,
  'city-score': cityScorePanel,
  'budget-execution': budgetPanel,
};
