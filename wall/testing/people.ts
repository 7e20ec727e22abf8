/**
 * @module wall/testing/people
 * People in the wall's browser tests: one password for the users a test creates, signing a page in
 * through the platform's own login, and waiting for something a page reports.
 */
import type { Page } from 'playwright-core';

export const PASSWORD = 'a long enough passphrase';

/** Signs `login` in on `origin` (cookies are per origin: two origins are two people in one browser). */
export async function signIn(page: Page, origin: string, login: string, password = PASSWORD): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  const status = await page.evaluate(
    async ([l, p]) => (await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: l, password: p }) })).status,
    [login, password] as const,
  );
  if (status !== 200) throw new Error(`sign-in of ${login} answered ${status}`);
}

/** Reads until `ok` holds (every 200 ms), or fails after `ms` with what was last read. */
export async function eventually<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
