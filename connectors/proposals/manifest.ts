/**
 * @module connectors/proposals/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const proposalsManifest = {
  id: 'proposals',
  title: { ko: '민주주의 서울 시민제안·여론조사 (합성)', en: 'Democracy Seoul proposals and polls (synthetic)' },
  department: { ko: '서울특별시 시민소통기획관', en: 'Citizen Communication Office' },
  protocol: 'http-json',
  schedule: { every: 60_000 },
  secrets: [],
  config: ['PROPOSALS_BASE_URL'],
  emits: ['proposal.updated', 'poll.published'],
  staleAfterSeconds: 6 * 3600,
  synthetic: true,
  attribution:
    'SYNTHETIC proposals and polls (fixed seed) after the rules of 민주주의 서울 (500 supports in 30 days for an official answer, 5,000 for a public debate); gu drawn by resident population (행정안전부 주민등록 인구통계, April 2025; KOGL assumed — check before release); pollsters, texts and results are invented.',
} satisfies ConnectorManifestInput;
