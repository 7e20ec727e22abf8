/**
 * @module access/channel-rules
 * Who may subscribe to which `/live` channel: published channels for everyone (keys need the
 * resource, within their districts); a user's layout channel for that user and administrators; a
 * person's calls for that person, a call's state for the people who take calls (the live route
 * narrows it to the call's parties). A channel family without a rule is refused.
 */
import type { Principal } from '../contracts/access.ts';
import { ALLOW, deny, isRole, keyDistrictOk, keyMay, STAFF, type Decision } from './decision.ts';
import { wallAccess } from '../walls/rules.ts';
import { CALLING_ROLES } from '../calls/rules.ts';

interface ChannelRule {
  /** scope/namespace of the channel address. */
  prefix: string;
  decide(p: Principal, path: string, namespace: string): Decision;
}

const published = (resource: string, districtScoped: boolean) => (p: Principal, path: string, namespace: string): Decision => {
  if (p.kind !== 'key') return ALLOW;
  if (!keyMay(p.scope, resource, 'read')) return deny(p, `this key may not read ${resource}`);
  const district = districtScoped && namespace === 'district' ? path : undefined;
  return keyDistrictOk(p.scope, district) ? ALLOW : deny(p, 'this key may not read that district');
};

/** Working detail for city staff (exact positions, the live state of one incident), and keys given the resource. */
const staff = (resource: string) => (p: Principal): Decision => {
  if (p.kind === 'key') return keyMay(p.scope, resource, 'read') ? ALLOW : deny(p, `this key may not read ${resource}`);
  return isRole(p, STAFF) ? ALLOW : deny(p, 'for city staff only');
};

/** `layouts/user/<owner>`: the owner's segment is encoded (contracts/channels.ts channelSegment). */
const decodeSegment = (s: string): string => s.replace(/_d|__/g, (m) => (m === '_d' ? '.' : '_'));

export const CHANNEL_RULES: readonly ChannelRule[] = [
  { prefix: 'air/district', decide: published('air', true) },
  { prefix: 'air/city', decide: published('air', false) },
  { prefix: 'sources/source', decide: published('sources', false) },
  { prefix: 'sources/city', decide: published('sources', false) },
  { prefix: 'layouts/role', decide: published('layouts', false) },
  // incidents: citizens see the board with coarsened positions and the response-time KPIs
  { prefix: 'incidents/public', decide: published('incidents', false) },
  { prefix: 'incidents/kpi', decide: published('incidents', false) },
  { prefix: 'incidents/city', decide: staff('incidents') },
  { prefix: 'incidents/incident', decide: staff('incidents') },
  { prefix: 'cameras/city', decide: staff('cameras') },
  // complaints: the feed as filed is for officials; the public feed is redacted, the KPIs and rising issues are aggregates
  { prefix: 'complaints/city', decide: staff('complaints') },
  { prefix: 'complaints/public', decide: published('complaints', false) },
  { prefix: 'complaints/kpi', decide: published('complaints', false) },
  { prefix: 'complaints/rising', decide: published('complaints', false) },
  // proposals and polls are public, as Democracy Seoul is
  { prefix: 'opinion/city', decide: published('participation', false) },
  { prefix: 'trends/city', decide: published('trends', false) },
  // emergency-room beds are published in Korea (e-gen.or.kr); here they are synthetic and say so
  { prefix: 'er/city', decide: published('er', false) },
  // a wall's command feed: for the person showing that wall (their own, or any wall for those who run them)
  {
    prefix: 'walls/wall',
    decide: (p, path) => {
      const access = wallAccess(p, path, []);
      return access.ok ? ALLOW : deny(p, access.reason);
    },
  },
  {
    prefix: 'calls/user',
    decide: (p, path) => (p.kind === 'user' && decodeSegment(path) === p.login ? ALLOW : deny(p, "a person's calls are for that person")),
  },
  { prefix: 'calls/call', decide: (p) => (isRole(p, CALLING_ROLES) ? ALLOW : deny(p, 'a call is for its parties')) },
  {
    prefix: 'layouts/user',
    decide: (p, path) => (p.kind === 'user' && (decodeSegment(path) === p.login || isRole(p, ['administrator'])) ? ALLOW : deny(p, "a user's layout is for that user")),
  },
];

export function decideChannel(p: Principal, channel: string): Decision {
  const [scope, namespace, ...rest] = channel.split('/');
  const rule = CHANNEL_RULES.find((r) => r.prefix === `${scope}/${namespace}`);
  if (!rule || namespace === undefined) return deny(p, `no one may subscribe to ${channel}`);
  return rule.decide(p, rest.join('/'), namespace);
}
