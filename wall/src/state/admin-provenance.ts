/**
 * @module wall/state/admin-provenance
 * Where the administration figures come from: the policy indicators (how many real, synthetic and
 * derived among those shown) as known on a date, the plan's task assessment, the city score.
 * SYNTHETIC when any indicator shown is synthetic. Pure.
 */
import type { Indicator, Language } from '../../../server/contracts/index.ts';
import { provenanceCounts } from './admin-indicators.ts';
import { t } from './i18n.ts';
import type { Provenance } from './provenance.ts';

export function indicatorProvenance(lang: Language, shown: readonly Indicator[], asOf: string | null): Provenance {
  const c = provenanceCounts(shown);
  const parts = ([['real', c.real], ['synthetic', c.synthetic], ['derived', c.derived]] as const)
    .filter(([, n]) => n > 0).map(([k, n]) => `${t(lang, k)} ${n}`);
  return {
    sourceId: 'indicators',
    source: `${t(lang, 'indicatorSources')}${parts.length > 0 ? ` (${parts.join(' · ')})` : ''}`,
    asOf,
    stale: false,
    synthetic: c.synthetic > 0,
  };
}

/** The plan's assessment and the city score are computed from the indicators they weigh. */
export function planProvenance(lang: Language, word: 'planSource' | 'scoreSource', weighed: readonly Indicator[], asOf: string | null): Provenance {
  return { sourceId: word === 'planSource' ? 'plan' : 'city-score', source: t(lang, word), asOf, stale: false, synthetic: weighed.some((i) => i.provenance.kind === 'synthetic') };
}
