/**
 * @module connectors/fire-119/severity
 * Pure: the severity of a fire from its casualties and property damage (thousand KRW), first match wins:
 *   critical  a death
 *   major     two or more injured, or damage of 50,000 thousand KRW (₩50 million) or more
 *   moderate  one injured, or damage of 5,000 thousand KRW (₩5 million) or more
 *   minor     otherwise (unknown figures count as 0)
 * On the 805 fires of 2021 (Jan–Nov) this gives 8 critical, 13 major, 91 moderate and 693 minor.
 */
import type { Severity } from '../../server/contracts/index.ts';

export const MAJOR_DAMAGE = 50_000;
export const MODERATE_DAMAGE = 5_000;

export interface FireLosses {
  deaths: number | null;
  injuries: number | null;
  damageKrwThousands: number | null;
}

export const fireSeverity = (l: FireLosses): Severity => {
  const deaths = l.deaths ?? 0;
  const injuries = l.injuries ?? 0;
  const damage = l.damageKrwThousands ?? 0;
  if (deaths > 0) return 'critical';
  if (injuries >= 2 || damage >= MAJOR_DAMAGE) return 'major';
  if (injuries >= 1 || damage >= MODERATE_DAMAGE) return 'moderate';
  return 'minor';
};
