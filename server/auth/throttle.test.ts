import test from 'ava';
import { createMemoryLoginThrottle, DEFAULT_THROTTLE_LIMITS, throttleKeyOf, verdictOf, type LoginThrottle } from './throttle.ts';

const MIN = 60_000;

const setup = () => {
  const clock = { now: Date.parse('2026-11-27T05:20:00Z') };
  return { clock, throttle: createMemoryLoginThrottle({ now: () => clock.now }) };
};

const fail = async (th: LoginThrottle, login: string, ip: string, times: number) => {
  for (let i = 0; i < times; i++) await th.recordFailure(login, ip);
};

test('five failures within 15 minutes refuse the login for 15 minutes from the fifth', async (t) => {
  const { clock, throttle } = setup();
  await fail(throttle, 'kim', '10.0.0.1', 4);
  t.deepEqual(await throttle.check('kim', '10.0.0.1'), { allowed: true });
  clock.now += 10 * MIN;
  t.deepEqual(await throttle.recordFailure('kim', '10.0.0.2'), { allowed: false, by: 'login', retryAfterSeconds: 900 });
  clock.now += 14 * MIN;
  t.deepEqual(await throttle.check('KIM ', '10.0.0.9'), { allowed: false, by: 'login', retryAfterSeconds: 60 });
  t.deepEqual(await throttle.check('lee', '10.0.0.1'), { allowed: true });
  clock.now += MIN;
  t.deepEqual(await throttle.check('kim', '10.0.0.1'), { allowed: true });
});

test('failures older than the window are forgotten', async (t) => {
  const { clock, throttle } = setup();
  await fail(throttle, 'kim', '10.0.0.1', 4);
  clock.now += 15 * MIN;
  await fail(throttle, 'kim', '10.0.0.1', 4);
  t.deepEqual(await throttle.check('kim', '10.0.0.1'), { allowed: true });
  t.is((await throttle.recordFailure('kim', '10.0.0.1')).allowed, false);
});

test('twenty failures from one address refuse that address for every login', async (t) => {
  const { clock, throttle } = setup();
  for (let i = 0; i < 19; i++) await throttle.recordFailure(`user${i}`, '203.0.113.7');
  t.deepEqual(await throttle.check('anyone', '203.0.113.7'), { allowed: true });
  t.deepEqual(await throttle.recordFailure('user19', '203.0.113.7'), { allowed: false, by: 'ip', retryAfterSeconds: 900 });
  t.deepEqual(await throttle.check('anyone', '203.0.113.7'), { allowed: false, by: 'ip', retryAfterSeconds: 900 });
  t.deepEqual(await throttle.check('anyone', '203.0.113.8'), { allowed: true });
  await throttle.recordSuccess('anyone');
  t.is((await throttle.check('anyone', '203.0.113.7')).allowed, false);
  clock.now += 15 * MIN;
  t.deepEqual(await throttle.check('anyone', '203.0.113.7'), { allowed: true });
});

test("a successful sign-in clears the login's failures", async (t) => {
  const { throttle } = setup();
  await fail(throttle, 'kim', '10.0.0.1', 4);
  await throttle.recordSuccess('Kim');
  await fail(throttle, 'kim', '10.0.0.1', 4);
  t.deepEqual(await throttle.check('kim', '10.0.0.1'), { allowed: true });
});

test('the login limit is reported before the address limit', (t) => {
  const locked = { n: 25, ttlMs: 1500 };
  t.deepEqual(verdictOf(locked, locked, DEFAULT_THROTTLE_LIMITS), { allowed: false, by: 'login', retryAfterSeconds: 2 });
  t.deepEqual(verdictOf({ n: 5, ttlMs: 0 }, { n: 20, ttlMs: -2 }, DEFAULT_THROTTLE_LIMITS), { allowed: true });
  t.is(throttleKeyOf('  Kim.MinSu '), 'kim.minsu');
});
