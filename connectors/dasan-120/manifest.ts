/**
 * @module connectors/dasan-120/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const dasan120Manifest = {
  id: 'dasan-120',
  title: { ko: '120 다산콜 민원 (합성)', en: '120 Dasan call centre complaints (synthetic)' },
  department: { ko: '120다산콜재단', en: 'Seoul 120 Dasan Call Center Foundation' },
  protocol: 'http-json',
  schedule: { every: 10_000 },
  secrets: [],
  config: ['DASAN_120_BASE_URL'],
  emits: ['complaint.filed', 'complaint.status'],
  staleAfterSeconds: 6 * 3600,
  synthetic: true,
  attribution:
    'SYNTHETIC complaints (fixed seed) spread over the gu and dong by their resident population (행정안전부 주민등록 인구통계, April 2025; KOGL assumed — check before release); all names, numbers and addresses are invented.',
} satisfies ConnectorManifestInput;
