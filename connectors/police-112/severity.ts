/**
 * @module connectors/police-112/severity
 * Pure: the severity of a 112 incident from its category, moved by its response code.
 *   base      homicide critical · robbery, sexual violence major · violence moderate · theft minor
 *   코드0      one level up (never above critical)
 *   코드2–4    one level down (never below minor)
 */
import { SEVERITIES, type Severity } from '../../server/contracts/index.ts';
import type { PoliceIncidentType, ResponseCode } from './api.ts';

const BASE: Readonly<Record<PoliceIncidentType, Severity>> = {
  homicide: 'critical',
  robbery: 'major',
  'sexual-violence': 'major',
  violence: 'moderate',
  theft: 'minor',
};

export const policeSeverity = (type: PoliceIncidentType, code: ResponseCode): Severity => {
  const shift = code === 0 ? 1 : code >= 2 ? -1 : 0;
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, SEVERITIES.indexOf(BASE[type]) + shift));
  return SEVERITIES[i] as Severity;
};
