/**
 * @module contracts/subjects
 * NATS subjects. Lowercase, fixed depth, built only here.
 *   city.<domain>.<event>.<district|all>   domain events (JetStream stream CITY)
 *   ops.<what>.<source>                     operations: connector runs, quarantine (stream OPS)
 *   live.<scope>.<namespace>.<path>         live channel fan-out to API replicas (core NATS)
 *   calls.record.<call id>                  the state of each call, compare-and-set (stream CALLS)
 *   calls.signal.<login>                    call signals to the replicas where that person is connected (core NATS)
 */
import { channelSegment } from './channels.ts';

export const STREAMS = {
  city: { name: 'CITY', subjects: ['city.>'] },
  ops: { name: 'OPS', subjects: ['ops.>'] },
  calls: { name: 'CALLS', subjects: ['calls.record.*'] },
} as const;

const token = (s: string): string => {
  if (!/^[a-z0-9_-]+$/i.test(s)) throw new TypeError(`not a valid subject token: ${JSON.stringify(s)}`);
  return s;
};

export const subjects = {
  /** `air.observed` in district 11680 → city.air.observed.11680 */
  cityEvent: (kind: string, district: string | null): string => {
    const [domain, event, ...rest] = kind.split('.');
    if (!domain || !event || rest.length > 0) throw new TypeError(`event kind must be domain.event: ${kind}`);
    return `city.${token(domain)}.${token(event)}.${district === null ? 'all' : token(district)}`;
  },
  cityAll: 'city.>',
  /** All events of one district, any domain: used to shard district actors. */
  cityDistrict: (district: string): string => `city.*.*.${token(district)}`,
  /** All events of one domain in every district: `city.incident.*.*`. */
  cityDomain: (domain: string): string => `city.${token(domain)}.*.*`,
  sourceRun: (source: string): string => `ops.run.${token(source)}`,
  sourceRunAll: 'ops.run.*',
  quarantine: (source: string): string => `ops.quarantine.${token(source)}`,
  quarantineAll: 'ops.quarantine.*',
  live: (channel: string): string => `live.${channel.split('/').map(token).join('.')}`,
  liveAll: 'live.>',
  /** The stored state of one call (its last message is the current state). */
  callRecord: (id: string): string => `calls.record.${token(id)}`,
  /** Signals for one person; the login encoded as a channel segment (`kim.minsu` → `kim_dminsu`). */
  callSignal: (login: string): string => `calls.signal.${token(channelSegment(login))}`,
  /** Inverse of `live`: live.air.district.11680 → air/district/11680 */
  channelOfLive: (subject: string): string => subject.replace(/^live\./, '').split('.').join('/'),
} as const;
