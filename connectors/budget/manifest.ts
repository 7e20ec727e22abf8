/**
 * @module connectors/budget/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const budgetManifest = {
  id: 'budget',
  title: { ko: '예산 집행 현황 (합성)', en: 'Budget execution (synthetic)' },
  department: { ko: '서울특별시 재무국 예산과', en: 'Budget Division, Finance Bureau' },
  protocol: 'http-json',
  // the finance system closes its books overnight: read at 06:30 and again at 18:30 (a retry of the morning)
  schedule: { pattern: '30 6,18 * * *', tz: 'Asia/Seoul' },
  secrets: [],
  config: ['BUDGET_BASE_URL'],
  emits: ['budget.executed'],
  staleAfterSeconds: 3 * 86_400,
  synthetic: true,
  attribution:
    'SYNTHETIC budget execution (fixed seed): departments and programme names modelled on Seoul\'s offices, totals of KRW 34.6–45 trillion a year, execution curves shaped like a Korean city\'s fiscal year; not figures of the city\'s finance system.',
} satisfies ConnectorManifestInput;
