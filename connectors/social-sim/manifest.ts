/**
 * @module connectors/social-sim/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const socialSimManifest = {
  id: 'social-sim',
  title: { ko: '시민 소셜미디어 게시글 (합성)', en: 'Citizen social posts (synthetic)' },
  department: { ko: '서울특별시 시민소통기획관', en: 'Citizen Communication Planning Office' },
  protocol: 'http-json',
  schedule: { every: 60_000 },
  secrets: [],
  config: ['SOCIAL_SIM_BASE_URL'],
  emits: ['media.published'],
  staleAfterSeconds: 3600,
  synthetic: true,
  attribution: 'SYNTHETIC short posts generated with a fixed seed by scripts/simulator/social; no real account or post.',
} satisfies ConnectorManifestInput;
