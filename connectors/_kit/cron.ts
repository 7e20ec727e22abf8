/**
 * @module connectors/kit/cron
 * Cron patterns for the in-process scheduler, read by cron-parser (the parser BullMQ uses, so a
 * pattern means the same on both schedulers): 5 fields, or 6 with seconds first; names; time zones.
 */
import { CronExpressionParser } from 'cron-parser';

export class CronPatternError extends Error {
  override readonly name = 'CronPatternError';
}

export interface CronSpec {
  readonly pattern: string;
}

const FIELDS = /^\S+(\s+\S+){4,5}$/;

const parse = (pattern: string, options: { currentDate?: Date; tz?: string } = {}) => {
  if (!FIELDS.test(pattern.trim())) throw new CronPatternError(`cron pattern needs 5 or 6 fields: ${JSON.stringify(pattern)}`);
  try {
    return CronExpressionParser.parse(pattern, { ...options, strict: false });
  } catch (err) {
    throw new CronPatternError(`invalid cron pattern ${JSON.stringify(pattern)}: ${(err as Error).message}`, { cause: err });
  }
};

/** Checks a pattern; throws CronPatternError naming what is wrong. */
export const parseCron = (pattern: string): CronSpec => {
  parse(pattern);
  return { pattern };
};

/** The first time strictly after `afterMs` that the pattern matches in time zone `tz`. */
export const nextCronTime = (spec: CronSpec, tz: string, afterMs: number): number => {
  const expr = parse(spec.pattern, { currentDate: new Date(afterMs), tz });
  try {
    return expr.next().getTime();
  } catch (err) {
    throw new CronPatternError(`cron pattern ${JSON.stringify(spec.pattern)} never matches: ${(err as Error).message}`, { cause: err });
  }
};
