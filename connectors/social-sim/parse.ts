/**
 * @module connectors/social-sim/parse
 * The stream's JSON → posts. An answer that is not JSON or has no `posts` list is unreadable; a post with a bad id,
 * time, language, gu or text is a reject with its reason, the others still flow.
 */
import { z } from 'zod';
import { DistrictCodeSchema } from '../../server/contracts/index.ts';
import type { ParseResult, RawPage, Reject } from '../_kit/define-connector.ts';
import { ParseError } from '../_kit/errors.ts';

export const PostSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_.-]{1,80}$/, 'letters, digits, dot, dash or underscore'),
  postedAt: z.iso.datetime({ offset: true }),
  lang: z.enum(['ko', 'en']),
  text: z.string().trim().min(1).max(2000),
  author: z.string().trim().min(1).max(200).nullable(),
  district: DistrictCodeSchema.nullable(),
  hashtags: z.array(z.string()).default([]),
  synthetic: z.boolean().default(true),
});
export type SocialPostRecord = z.infer<typeof PostSchema>;

const PageSchema = z.looseObject({ posts: z.array(z.unknown()) });

const reasonOf = (err: z.ZodError): string =>
  err.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || 'post'}: ${i.message}`)
    .join('; ');

export const parseSocialSimPage = (page: RawPage): ParseResult<SocialPostRecord> => {
  let json: unknown;
  try {
    json = JSON.parse(String(page.body));
  } catch (err) {
    throw new ParseError(`not JSON: ${(err as Error).message}`, { cause: err });
  }
  const env = PageSchema.safeParse(json);
  if (!env.success) throw new ParseError(`not a page of the social stream: ${reasonOf(env.error)}`);
  const records: SocialPostRecord[] = [];
  const rejects: Reject[] = [];
  for (const raw of env.data.posts) {
    const res = PostSchema.safeParse(raw);
    if (res.success) records.push(res.data);
    else rejects.push({ reason: `bad post: ${reasonOf(res.error)}`, raw: JSON.stringify(raw) ?? String(raw) });
  }
  return { records, rejects };
};
