import test from 'ava';
import { matchRoute, routeMatcher } from './policy.ts';

const q = new URLSearchParams();

test('a static segment wins over a parameter, whatever the order of the rules', (t) => {
  const keys = ['GET /api/v1/indicators/:id', 'GET /api/v1/indicators/rollups', 'GET /api/v1/indicators/:id/series', 'GET /wall/*', 'GET /wall/:page'];
  for (const order of [keys, [...keys].reverse()]) {
    const match = routeMatcher(order);
    t.like(match('GET', '/api/v1/indicators/rollups', q), { route: '/api/v1/indicators/rollups', params: {} });
    t.like(match('GET', '/api/v1/indicators/fire-deaths', q), { route: '/api/v1/indicators/:id', params: { id: 'fire-deaths' } });
    t.like(match('HEAD', '/api/v1/indicators/rollups/series', q), { method: 'GET', route: '/api/v1/indicators/:id/series', params: { id: 'rollups' } });
    t.like(match('GET', '/wall/index.html', q), { route: '/wall/:page' }, 'a parameter wins over `*`');
    t.like(match('GET', '/wall/a/b', q), { route: '/wall/*' });
    t.is(match('POST', '/api/v1/indicators/rollups', q), null);
  }
});

test('the rule table: rollups, the static indicator path, is not read as an indicator id', (t) => {
  t.like(matchRoute('GET', '/api/v1/indicators/rollups', new URLSearchParams('grain=year')), { route: '/api/v1/indicators/rollups' });
  t.like(matchRoute('GET', '/api/v1/indicators/employment-rate', q), { route: '/api/v1/indicators/:id', params: { id: 'employment-rate' } });
  t.like(matchRoute('GET', '/api/v1/cameras/counts', q), { route: '/api/v1/cameras/counts' });
  t.like(matchRoute('GET', '/api/v1/complaints/categories', q), { route: '/api/v1/complaints/categories' });
});
