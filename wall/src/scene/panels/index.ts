/**
 * @module wall/scene/panels
 * Panel kinds by the name layouts use.
 */
import type { PanelKind as PanelKindName } from '../../../../server/contracts/layout.ts';
import type { PanelKind } from '../panel-view.ts';
import { airRankingPanel } from './air-ranking-panel.ts';
import { cctvPanel } from './cctv-panel.ts';
import { districtDetailPanel } from './district-detail-panel.ts';
import { administrationPanel, citizenOpinionPanel } from './domain-panel.ts';
import { glancePanel } from './glance-panel.ts';
import { incidentDetailPanel } from './incident-detail-panel.ts';
import { incidentsPanel } from './incidents-panel.ts';
import { mapPanel } from './map-panel.ts';
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
};
