/**
 * @module privacy
 * What the public may see of people: redaction of free text, coarsening of addresses and positions,
 * the public view of a complaint, redaction of any JSON value, and the scanner that checks it all.
 */
export { coarsenAddress } from './address.ts';
export { publicComplaint, coarsenNullablePoint } from './complaint.ts';
export { deepRedact, DEFAULT_ADDRESS_KEYS, DEFAULT_NULL_KEYS, DEFAULT_SKIP_KEYS, type DeepRedactOptions } from './deep.ts';
export { PERSONAL_DATA_KINDS, type PersonalDataKind, type PersonalDataMatch } from './match.ts';
export { coarsenPoint, GRID_M } from './point.ts';
export { PLACEHOLDERS, redactText } from './redact.ts';
export { findPersonalData, type ScanOptions } from './scan.ts';
