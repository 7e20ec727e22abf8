/**
 * @module connectors/budget/parse
 * Vendor shape → records, one per programme of the month. A row with an unknown 회계구분, a negative or
 * unreadable amount, spending or allocation above the budget, or a 집행률 that contradicts its amounts
 * becomes a reject with its reason; the other rows still flow. A page that is not the service's JSON (or
 * whose 집행월, 기준일자 or 단위 cannot be read) throws ParseError.
 */
import { z } from 'zod';
import type { BudgetAccount } from '../../server/contracts/budget.ts';
import type { LocalizedText } from '../../server/contracts/index.ts';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';
import { ACCOUNT_NAMES, UNITS } from './api.ts';

export interface BudgetRecord {
  program: string;
  name: LocalizedText;
  department: LocalizedText;
  account: BudgetAccount;
  /** `YYYY-MM`. */
  month: string;
  /** `YYYY-MM-DD` (KST): the last day covered. */
  asOf: string;
  /** KRW. */
  budget: number;
  allocated: number;
  executed: number;
  /** 집행률 as the source states it (percent). */
  rate: number;
  synthetic: boolean;
}

/** How far a stated 집행률 may stray from executed ÷ budget (percentage points; the source rounds to 2 decimals). */
export const RATE_TOLERANCE = 0.05;

const ACCOUNT_OF = new Map(Object.entries(ACCOUNT_NAMES).map(([account, ko]) => [ko, account as BudgetAccount]));

const text = (max: number) => z.string().trim().min(1).max(max);
const amount = z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)]).pipe(z.number().nonnegative('must not be negative').finite());

const ItemSchema = z
  .looseObject({
    사업코드: z.string().trim().regex(/^[a-z][a-z0-9-]{2,47}$/, 'a programme code such as bp-ge-101'),
    세부사업명: text(120),
    영문사업명: z.string().trim().max(120).nullish(),
    부서명: text(120),
    영문부서명: z.string().trim().max(120).nullish(),
    회계구분: text(20).refine((s) => ACCOUNT_OF.has(s), 'unknown account (일반회계, 특별회계, 기금)'),
    세출예산현액: amount,
    배정액: amount,
    집행액: amount,
    집행률: amount,
  })
  .superRefine((i, ctx) => {
    const issue = (path: string, message: string): void => void ctx.addIssue({ code: 'custom', path: [path], message });
    if (i.집행액 > i.세출예산현액) issue('집행액', 'above the budget');
    if (i.배정액 > i.세출예산현액) issue('배정액', 'above the budget');
    const rate = i.세출예산현액 > 0 ? (i.집행액 / i.세출예산현액) * 100 : 0;
    if (Math.abs(rate - i.집행률) > RATE_TOLERANCE) issue('집행률', `contradicts the amounts (${rate.toFixed(2)})`);
  });
type Item = z.infer<typeof ItemSchema>;

const PageSchema = z.looseObject({
  합성데이터: z.enum(['Y', 'N']).default('N'),
  집행월: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'),
  기준일자: z.iso.date().nullable(),
  단위: z.enum(Object.keys(UNITS) as [keyof typeof UNITS, ...Array<keyof typeof UNITS>], 'unknown unit (원, 천원)'),
  목록: z.array(z.unknown()),
});
type Page = z.infer<typeof PageSchema>;

const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'row'}: ${i.message}`)
    .join('; ');

const readPage = (page: RawPage): Page => {
  let body: unknown;
  try {
    body = JSON.parse(page.body.toString());
  } catch (err) {
    throw new ParseError('the body is not JSON', { cause: err });
  }
  const res = PageSchema.safeParse(body);
  if (!res.success) throw new ParseError(`not a budget execution page: ${reasonOf(res.error)}`, { cause: res.error });
  if (res.data.기준일자 !== null && res.data.기준일자.slice(0, 7) !== res.data.집행월) throw new ParseError(`기준일자 ${res.data.기준일자} is not in 집행월 ${res.data.집행월}`);
  return res.data;
};

const toRecord = (i: Item, p: Page & { 기준일자: string }): BudgetRecord => {
  const unit = UNITS[p.단위];
  return {
    program: i.사업코드,
    name: { ko: i.세부사업명, en: i.영문사업명 || i.세부사업명 },
    department: { ko: i.부서명, en: i.영문부서명 || i.부서명 },
    account: ACCOUNT_OF.get(i.회계구분) as BudgetAccount,
    month: p.집행월,
    asOf: p.기준일자,
    budget: Math.round(i.세출예산현액 * unit),
    allocated: Math.round(i.배정액 * unit),
    executed: Math.round(i.집행액 * unit),
    rate: i.집행률,
    synthetic: p.합성데이터 === 'Y',
  };
};

const codeOf = (raw: unknown): string => {
  const code = typeof raw === 'object' && raw !== null ? (raw as { 사업코드?: unknown }).사업코드 : undefined;
  return typeof code === 'string' ? ` ${code.slice(0, 48)}` : '';
};

/** Parses one month of the budget execution service. */
export const parseBudgetPage = (page: RawPage): ParseResult<BudgetRecord> => {
  const p = readPage(page);
  const records: BudgetRecord[] = [];
  const rejects: Reject[] = [];
  const asOf = p.기준일자;
  if (asOf === null) return { records, rejects };
  for (const raw of p.목록) {
    const res = ItemSchema.safeParse(raw);
    if (res.success) records.push(toRecord(res.data, { ...p, 기준일자: asOf }));
    else rejects.push({ reason: `bad budget row${codeOf(raw)} of ${p.집행월}: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};
