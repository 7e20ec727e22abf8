/**
 * The budget execution panel of the administration screen in headless Debian Chromium against a running
 * platform (api role) whose store holds this year's budget execution to today (the finance simulator's
 * SYNTHETIC programmes, fixed seed, written through the store). The wall asks the real
 * `GET /api/v1/budget`; the test asks it too and checks what the panel shows through `window.__scpm`: the
 * city's budget, spending and rate against the share of the year elapsed, the amounts in trillion (en)
 * and 조 (ko), the departments ranked furthest behind first with the furthest highlighted, the curve
 * month by month as the route answers each month, the synthetic label — for the mayor, a district head
 * (the city's departments: there are no figures by gu) and the public wall.
 */
import test from 'ava';
import type { Page } from 'playwright-core';
import { hashPassword } from '../server/auth/passwords.ts';
import { createUserStore } from '../server/auth/users.ts';
import { BudgetOverviewSchema, type BudgetOverview } from '../server/contracts/index.ts';
import { upsertBudgetExecution } from '../server/store/budget.ts';
import { budgetRows, seoulDay } from './testing/budget-fixtures.ts';
import { panelOf, until, waitReady, type Model, type PanelModel } from './testing/wall-model.ts';
import { startWallPlatform } from './testing/wall-platform.ts';

const PASSWORD = 'a long enough passphrase';
const SCREENSHOT = '/tmp/budget-wall.png';

const signIn = (page: Page, login: string): Promise<number> =>
  page.evaluate(async ([l, p]) => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: l, password: p }) })).status, [login, PASSWORD] as const);
const signOut = (page: Page): Promise<void> => page.evaluate(async () => void (await fetch('/api/v1/auth/logout', { method: 'POST' })));
const budgetOf = async (page: Page, query = ''): Promise<BudgetOverview> =>
  BudgetOverviewSchema.parse(await page.evaluate(async (q) => (await fetch(`/api/v1/budget${q}`)).json(), query));

interface Figures {
  year: number; month: string; asOf: string; synthetic: boolean; programs: number; departments: number;
  budget: number; allocated: number; executed: number; rate: number; pace: number; gap: number; status: string;
}
const budgetPanel = (m: Model): PanelModel | undefined => panelOf(m, 'budget-execution');
const figuresOf = (m: Model): Figures | null => (budgetPanel(m)?.['figures'] as Figures | null | undefined) ?? null;
const curveOf = (m: Model) => (budgetPanel(m)?.['curve'] ?? []) as Array<{ month: number; executed: number | null; allocated: number | null; pace: number }>;
/** Shown once the newest month and every month before it are in. */
const complete = (m: Model): boolean => {
  const f = figuresOf(m);
  return f !== null && curveOf(m).filter((p) => p.executed !== null).length === Number(f.month.slice(5, 7)) && (budgetPanel(m)?.items.length ?? 0) > 0;
};

/** Day of the year over days in the year at the end of `YYYY-MM-DD`, percent (computed here, not by the wall). */
const elapsed = (day: string): number => {
  const y = Number(day.slice(0, 4));
  const days = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86_400_000;
  return (((Date.parse(`${day}T00:00:00Z`) - Date.UTC(y, 0, 1)) / 86_400_000 + 1) / days) * 100;
};
const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-6;
const monthEndOf = (month: string): string => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

test('the budget panel: the year’s execution against the pace, by department, month by month', async (t) => {
  t.timeout(300_000);
  const { api, browser, db } = await startWallPlatform(t);
  const today = seoulDay(Date.now());
  t.true((await upsertBudgetExecution(db, budgetRows({ year: today.year, through: today }))) > 0);
  const users = createUserStore(db);
  await users.create({ login: 'mayor', role: 'mayor', passwordHash: await hashPassword(PASSWORD) });
  await users.create({ login: 'gangnam', role: 'district-head', districts: ['11680'], passwordHash: await hashPassword(PASSWORD) });

  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`${e.name}|${e.message}`));
  const asked: string[] = [];
  page.on('request', (r) => void (r.url().includes('/api/v1/budget') && asked.push(new URL(r.url()).search)));
  await page.goto(`${api}/sign-in`);
  t.is(await signIn(page, 'mayor'), 200);
  await page.goto(`${api}/wall/?role=mayor&screen=administration&lang=en`);
  await waitReady(page);

  // The city: the figures as the route answers them, the rate against the share of the year elapsed.
  const m = await until(page, complete, 'the budget panel with its months', 60_000);
  const wallAsked = [...asked];
  const answer = await budgetOf(page);
  const f = figuresOf(m)!;
  const panel = budgetPanel(m)!;
  t.like(f, { year: answer.year, month: answer.month!, asOf: answer.asOf!, synthetic: true, programs: answer.city.programs, departments: answer.departments.length });
  t.is(answer.month, `${today.year}-${String(today.month).padStart(2, '0')}`);
  t.deepEqual([f.budget, f.allocated, f.executed], [answer.city.budget, answer.city.allocated, answer.city.executed]);
  t.true(answer.city.budget > 30e12, 'a Seoul-sized budget');
  t.true(near(f.rate, (answer.city.executed / answer.city.budget) * 100));
  t.true(near(f.pace, elapsed(answer.asOf!)));
  t.is(panel['rate'], `${((answer.city.executed / answer.city.budget) * 100).toFixed(1)}%`);
  t.is(panel.title, `Budget execution — ${answer.year}`);
  const amounts = panel['amounts'] as Array<{ caption: string; value: string }>;
  t.deepEqual(amounts.map((a) => a.caption.replace(/ \(.*\)$/, '')), ['Budget', 'Spent', 'Allocated']);
  t.true(amounts.every((a) => /^KRW \d+\.\d{1,2} trillion$/.test(a.value)), JSON.stringify(amounts));
  t.is(amounts[0]!.value, `KRW ${(answer.city.budget / 1e12).toFixed(1)} trillion`);
  t.regex(String(panel['pace']), /^[−+±]\d+\.\d pts · \d+\.\d% expected$/);
  t.true(panel.provenance.length === 1 && panel.provenance[0]!.synthetic && panel.provenance[0]!.asOf === answer.asOf);

  // The departments: furthest behind the pace first (the lowest rate, as the pace is the city's), the first highlighted.
  const ranked = [...answer.departments].filter((d) => d.budget > 0).sort((a, b) => a.executed / a.budget - b.executed / b.budget);
  const rows = panel.items;
  t.true(rows.length >= 3 && rows.length <= 8, `${rows.length} rows`);
  t.deepEqual(rows.map((r) => r['key']), ranked.slice(0, rows.length).map((d) => d.department.ko));
  t.is(rows[0]!['label'], ranked[0]!.department.en);
  t.like(rows[0], { highlight: 'flash', furthest: true });
  t.true(rows.slice(1).every((r) => r['highlight'] === null && r['furthest'] === false));
  t.true(rows.every((r) => /^[−+±]\d+\.\d pts · ₩[\d.,]+ (tn|bn|M)$/.test(String(r['detail']))), JSON.stringify(rows.map((r) => r['detail'])));
  t.is(rows[0]!['value'], `${((ranked[0]!.executed / ranked[0]!.budget) * 100).toFixed(1)}%`);

  // The curve: each month before the newest as the route answers that month; nothing after it.
  const curve = curveOf(m);
  for (const p of curve.filter((x) => x.month < today.month)) {
    const month = await budgetOf(page, `?year=${today.year}&month=${p.month}`);
    t.true(near(p.executed!, (month.city.executed / month.city.budget) * 100), `month ${p.month}`);
    t.true(near(p.allocated!, (month.city.allocated / month.city.budget) * 100), `month ${p.month} allocated`);
  }
  t.true(curve.filter((x) => x.month > today.month).every((x) => x.executed === null));
  t.true(curve.every((x, i) => i === 0 || (x.executed ?? Infinity) >= (curve[i - 1]!.executed ?? 0)), 'cumulative');
  t.is(wallAsked.filter((q) => q === '').length, 1, 'the newest month once');
  t.is(wallAsked.filter((q) => q !== '').length, today.month - 1, 'each month before it once');
  await page.screenshot({ path: SCREENSHOT });
  t.log(`screenshot: ${SCREENSHOT}`);

  // In Korean: 조 원.
  await page.evaluate(() => (globalThis as unknown as { __scpm: { act(a: unknown): void } }).__scpm.act({ type: 'language.toggle' }));
  const ko = await until(page, (x) => x.language === 'ko' && budgetPanel(x)?.title.startsWith('예산 집행') === true, 'the panel in Korean');
  t.true((budgetPanel(ko)!['amounts'] as Array<{ value: string }>).every((a) => /^\d+\.\d{1,2}조 원$/.test(a.value)));
  t.regex(String(budgetPanel(ko)!['caption']), /^\d{4}년 \d{1,2}월 \d{1,2}일 기준 · 서울시 전체 · 부서별$/);

  // A district head: the figures are by department, so the city's, and the panel says so.
  await signOut(page);
  t.is(await signIn(page, 'gangnam'), 200);
  await page.goto(`${api}/wall/?screen=administration&lang=en`);
  await waitReady(page);
  const head = await until(page, complete, 'the district head’s budget panel', 60_000);
  t.is(head.selected, '11680');
  t.regex(String(budgetPanel(head)!['caption']), /City-wide · by department \(no figures by district\)$/);
  t.like(figuresOf(head), { budget: answer.city.budget, executed: answer.city.executed });

  // The public wall: published figures, the same.
  await signOut(page);
  await page.goto(`${api}/wall/?role=public&screen=administration&lang=en`);
  await waitReady(page);
  const pub = await until(page, complete, 'the public budget panel', 60_000);
  t.like(figuresOf(pub), { budget: answer.city.budget, executed: answer.city.executed, synthetic: true });

  // "Budget execution last month" (January: nothing before it this year): that month to its end, the curve up to it.
  if (today.month > 1) {
    const prev = `${today.year}-${String(today.month - 1).padStart(2, '0')}`;
    type Issuing = { __scpm: { issue(c: unknown, source: string): Promise<unknown> } };
    await page.evaluate((p) => (globalThis as unknown as Issuing).__scpm.issue({ type: 'show-budget', period: { from: `${p}-01`, to: `${p}-28` } }, 'keyboard'), prev);
    const back = await until(page, (x) => figuresOf(x)?.month === prev && curveOf(x).filter((p) => p.executed !== null).length === today.month - 1, 'last month’s budget');
    const last = await budgetOf(page, `?year=${today.year}&month=${today.month - 1}`);
    t.like(figuresOf(back), { asOf: last.asOf!, budget: last.city.budget, executed: last.city.executed });
    t.is(last.asOf, monthEndOf(prev), 'a closed month, to its last day');
    t.true(near(figuresOf(back)!.pace, elapsed(last.asOf!)));
  }
  t.deepEqual(errors, []);
});
