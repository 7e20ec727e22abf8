/**
 * @module simulator/cameras/camera-ids
 * Ids of synthetic cameras, deterministic: the n-th camera is in gu n mod 25 (MOIS codes in order),
 * numbered from 90001 within its gu so that it is never taken for a real camera's number.
 */
import { SEOUL_GU_CODES } from '../../../server/auth/districts.ts';

export function syntheticCameraIds(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const gu = SEOUL_GU_CODES[i % SEOUL_GU_CODES.length];
    return `cam-${gu}-${String(90_001 + Math.floor(i / SEOUL_GU_CODES.length)).padStart(5, '0')}`;
  });
}
