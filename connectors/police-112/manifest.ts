/**
 * @module connectors/police-112/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const police112Manifest = {
  id: 'police-112',
  title: { ko: '112 신고 출동 현황 (합성)', en: '112 police incidents (synthetic)' },
  department: { ko: '서울특별시경찰청 112치안종합상황실', en: 'Seoul Metropolitan Police Agency, 112 Situation Room' },
  protocol: 'http-json',
  schedule: { every: 5_000 },
  secrets: [],
  config: ['POLICE_112_BASE_URL'],
  emits: ['incident.reported', 'incident.dispatched', 'incident.arrived', 'incident.resolved'],
  staleAfterSeconds: 86_400,
  synthetic: true,
  attribution:
    'SYNTHETIC incidents (fixed seed), distributed like the 2016 five-major-crime counts per Seoul police station (서울지방경찰청 via data.go.kr, 서울시 5대 범죄 발생 현황; no licence stated, KOGL assumed — check before release).',
} satisfies ConnectorManifestInput;
