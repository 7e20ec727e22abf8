/**
 * @module connectors/kit/cron
 * Pure: cron patterns (5 fields, or 6 with seconds first) and their next time in an IANA time zone.
 * Supports `*`, `?`, numbers, ranges `a-b`, steps `* /n` and `a-b/n`, lists, and JAN–DEC / SUN–SAT names.
 * Day-of-month and day-of-week combine with OR when both are restricted (as in Vixie cron).
 */

export class CronPatternError extends Error {
  override name = 'CronPatternError';
}

interface Field {
  allowed: boolean[];
  any: boolean;
}

export interface CronSpec {
  second: Field;
  minute: Field;
  hour: Field;
  dom: Field;
  month: Field;
  dow: Field;
}

const NAMES: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
  sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6,
};

const num = (s: string, pattern: string): number => {
  const n = NAMES[s.toLowerCase()] ?? (/^\d+$/.test(s) ? Number(s) : NaN);
  if (Number.isNaN(n)) throw new CronPatternError(`not a number in cron pattern "${pattern}": ${s}`);
  return n;
};

const parseField = (text: string, min: number, max: number, pattern: string): Field => {
  const allowed = new Array<boolean>(max + 1).fill(false);
  const any = text === '*' || text === '?';
  for (const part of text.split(',')) {
    const [range = '', stepText] = part.split('/');
    const step = stepText === undefined ? 1 : num(stepText, pattern);
    let lo = min;
    let hi = max;
    if (range !== '*' && range !== '?') {
      const [a = '', b] = range.split('-');
      lo = num(a, pattern);
      hi = b === undefined ? (stepText === undefined ? lo : max) : num(b, pattern);
    }
    if (step < 1 || lo < min || hi > max || lo > hi) throw new CronPatternError(`field "${part}" out of range ${min}-${max} in "${pattern}"`);
    for (let v = lo; v <= hi; v += step) allowed[v] = true;
  }
  return { allowed, any };
};

export const parseCron = (pattern: string): CronSpec => {
  const parts = pattern.trim().split(/\s+/);
  if (parts.length !== 5 && parts.length !== 6) throw new CronPatternError(`cron pattern needs 5 or 6 fields: "${pattern}"`);
  const f = parts.length === 5 ? ['0', ...parts] : parts;
  const dow = parseField(f[5] as string, 0, 7, pattern);
  if (dow.allowed[7]) dow.allowed[0] = true;
  return {
    second: parseField(f[0] as string, 0, 59, pattern),
    minute: parseField(f[1] as string, 0, 59, pattern),
    hour: parseField(f[2] as string, 0, 23, pattern),
    dom: parseField(f[3] as string, 1, 31, pattern),
    month: parseField(f[4] as string, 1, 12, pattern),
    dow,
  };
};

interface Local {
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const formatters = new Map<string, Intl.DateTimeFormat>();

const localOf = (ms: number, tz: string): Local => {
  let fmt = formatters.get(tz);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', month: 'numeric', day: 'numeric', weekday: 'short', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(tz, fmt);
  }
  const p: Record<string, string> = {};
  for (const part of fmt.formatToParts(ms)) p[part.type] = part.value;
  return { month: Number(p.month), day: Number(p.day), weekday: WEEKDAYS[p.weekday ?? ''] ?? 0, hour: Number(p.hour), minute: Number(p.minute), second: Number(p.second) };
};

const dayMatches = (s: CronSpec, l: Local): boolean => {
  if (!s.month.allowed[l.month]) return false;
  const dom = s.dom.allowed[l.day] === true;
  const dow = s.dow.allowed[l.weekday] === true;
  if (s.dom.any && s.dow.any) return true;
  if (s.dom.any) return dow;
  if (s.dow.any) return dom;
  return dom || dow;
};

const LIMIT_MS = 366 * 86_400_000 * 5;

/** The first instant strictly after `afterMs` (epoch ms) that matches the pattern in `tz`. */
export const nextCronTime = (spec: CronSpec, tz: string, afterMs: number): number => {
  let t = Math.floor(afterMs / 1000) * 1000 + 1000;
  const end = afterMs + LIMIT_MS;
  while (t < end) {
    const l = localOf(t, tz);
    if (!dayMatches(spec, l)) {
      t += ((23 - l.hour) * 3600 + (59 - l.minute) * 60 + (60 - l.second)) * 1000;
      continue;
    }
    if (!spec.hour.allowed[l.hour] || !spec.minute.allowed[l.minute]) {
      t += (60 - l.second) * 1000;
      continue;
    }
    let sec = l.second;
    while (sec < 60 && !spec.second.allowed[sec]) sec++;
    if (sec < 60) return t + (sec - l.second) * 1000;
    t += (60 - l.second) * 1000;
  }
  throw new CronPatternError('cron pattern never matches within five years');
};
