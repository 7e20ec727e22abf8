/**
 * @module connectors/social-sim/normalize
 * Pure: one `media.published` event per post (`kind: 'social'`, no title, no link), id `social-sim:<post id>`; the gu
 * are the post's own and those its text names; `synthetic: true` always (the source is simulated).
 */
import type { EventEnvelope } from '../../server/contracts/index.ts';
import { MediaItemSchema } from '../../server/contracts/trend.ts';
import type { NormalizeContext } from '../_kit/define-connector.ts';
import { RecordRejectedError } from '../_kit/errors.ts';
import { detectDistricts } from '../news-feed/districts.ts';
import { mediaEvent } from '../news-feed/normalize.ts';
import type { SocialPostRecord } from './parse.ts';

export const OUTLET = 'Social stream (synthetic)';

export const normalizeSocialSim = (p: SocialPostRecord, ctx: NormalizeContext): EventEnvelope[] => {
  const districts = [...new Set([...(p.district === null ? [] : [p.district]), ...detectDistricts(p.text)])];
  const item = MediaItemSchema.safeParse({
    id: `${ctx.source}:${p.id}`,
    source: ctx.source,
    kind: 'social',
    outlet: OUTLET,
    title: null,
    text: p.text,
    url: null,
    author: p.author,
    publishedAt: new Date(Date.parse(p.postedAt)).toISOString(),
    language: p.lang,
    districts,
    synthetic: true,
  });
  if (!item.success) throw new RecordRejectedError(`post ${p.id}: ${item.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return [mediaEvent(item.data)];
};
