/**
 * @module privacy/rrn
 * Resident registration numbers (주민등록번호) and alien registration numbers (외국인등록번호): six
 * digits of birth date, a dash (or a space, or nothing), a digit 1–8 for century and sex, six more digits
 * — or the six masked (`900101-1******`, which still tells birth date and sex). The birth date must be a
 * real date (month 01–12, day within the month), which keeps order numbers and amounts out; the checksum
 * is not tested (numbers issued since October 2020 carry none).
 */
import { matchesOf, type PersonalDataMatch } from './match.ts';

export const RRN_PLACEHOLDER = '[주민등록번호]';

const RRN_RE =
  /(?<![0-9A-Za-z_])(?<![0-9][-./])(\d{2})(\d{2})(\d{2})(?:\s?[-–]\s?|\s)?([1-8])(?:\d{6}|[*xX●○]{6})(?![0-9])(?!\s?[-./]\s?[0-9])/g;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `mm`/`dd` is a day of some year (29 February allowed). */
export function isBirthDate(mm: number, dd: number): boolean {
  const max = DAYS_IN_MONTH[mm - 1];
  return max !== undefined && dd >= 1 && dd <= max;
}

export const findRrns = (s: string): PersonalDataMatch[] =>
  matchesOf(s, RRN_RE, 'rrn', (m) => isBirthDate(Number(m[2]), Number(m[3])));
