/**
 * @module access/policy
 * The one policy layer: every HTTP route and every live channel is decided here, from the
 * principal alone. Routes are matched by method and Hono path against the rule table; where two
 * rules match a path (`/indicators/rollups` and `/indicators/:id`), the static segment wins.
 */
import type { Principal } from '../contracts/access.ts';
import { deny, type Decision } from './decision.ts';
import { ROUTE_RULES, type RouteRequest } from './route-rules.ts';

export { decideChannel } from './channel-rules.ts';
export type { Decision } from './decision.ts';

interface CompiledRule {
  key: string;
  method: string;
  route: string;
  pattern: RegExp;
  names: string[];
  /** Per segment: 2 static, 1 parameter, 0 the rest (`*`); the higher first difference is the more specific rule. */
  rank: number[];
}

/** `/api/v1/districts/:code` → a pattern with one group per parameter; `/wall/*` matches the rest. */
function compile(key: string): CompiledRule {
  const [method = '', route = ''] = key.split(' ');
  const names: string[] = [];
  const segments = route.split('/');
  const rank = segments.map((seg) => (seg === '*' ? 0 : seg.startsWith(':') ? 1 : 2));
  const source = segments
    .map((seg) => {
      if (seg === '*') return '.*';
      if (seg.startsWith(':')) {
        names.push(seg.slice(1));
        return '([^/]+)';
      }
      return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { key, method, route, pattern: new RegExp(`^${source}$`), names, rank };
}

/** Whether `a` is more specific than `b`: at the first segment where they differ, a static one beats a parameter, a parameter `*`. */
const moreSpecific = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? -1) - (b[i] ?? -1);
    if (d !== 0) return d > 0;
  }
  return false;
};

/**
 * A matcher over rule keys (`METHOD /path/:param`): the route for a request, with its parameters; null
 * when no rule covers it. Of several rules that match, the most specific, so that the order of the
 * table does not decide (equally specific ones: the first).
 */
export type RouteMatcher = (method: string, path: string, query: URLSearchParams) => RouteRequest | null;

export const routeMatcher = (keys: readonly string[]): RouteMatcher => {
  const compiled = keys.map(compile);
  return (method, path, query) => {
    const m = method === 'HEAD' ? 'GET' : method;
    let best: { c: CompiledRule; found: RegExpExecArray } | null = null;
    for (const c of compiled) {
      if (c.method !== m) continue;
      const found = c.pattern.exec(path);
      if (found && (best === null || moreSpecific(c.rank, best.c.rank))) best = { c, found };
    }
    if (best === null) return null;
    const { c, found } = best;
    const params = Object.fromEntries(c.names.map((n, i) => [n, decodeURIComponent(found[i + 1] ?? '')]));
    return { method: m, route: c.route, params, query };
  };
};

/** `routeMatcher` over the rule table. */
export const matchRoute: RouteMatcher = routeMatcher(Object.keys(ROUTE_RULES));

export function decideRoute(p: Principal, r: RouteRequest): Decision {
  const rule = ROUTE_RULES[`${r.method} ${r.route}`];
  return rule ? rule(p, r) : deny(p, `no rule for ${r.method} ${r.route}`);
}

/** Every route the rule table knows, as `METHOD path`. */
export const ruledRoutes = (): string[] => Object.keys(ROUTE_RULES);
