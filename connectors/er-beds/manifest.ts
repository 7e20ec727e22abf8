/**
 * @module connectors/er-beds/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const erBedsManifest = {
  id: 'er-beds',
  title: { ko: '응급실 실시간 가용병상 (합성)', en: 'Emergency-room beds (synthetic)' },
  department: { ko: '국립중앙의료원 중앙응급의료센터', en: 'National Emergency Medical Center, National Medical Center' },
  protocol: 'http-json',
  schedule: { every: 5_000 },
  secrets: [],
  config: ['ER_BEDS_BASE_URL'],
  emits: ['er.reported'],
  staleAfterSeconds: 1800,
  synthetic: true,
  attribution:
    'SYNTHETIC bed counts (fixed seed) for real Seoul emergency medical institutions; names, levels and positions approximate, from public listings. Modelled on the national emergency-medical real-time bed service (data.go.kr).',
} satisfies ConnectorManifestInput;
