import test from 'ava';
import { ChannelSchema } from '../../../server/contracts/channels.ts';
import { DistrictAirSchema } from '../../../server/contracts/air.ts';
import { SourceHealthSchema } from '../../../server/contracts/source-health.ts';
import { createFeedModel } from './feed-model.ts';
import { channelOf, feedPlan, valueOf } from './feed.ts';

test('the plan covers every district, each source, all sources and the city, on valid channels', (t) => {
  const plan = feedPlan(['11110', '11680'], ['seoul-air']);
  const names = plan.map(channelOf);
  t.deepEqual(names, ['air/district/11110', 'air/district/11680', 'sources/source/seoul-air', 'sources/city/all', 'air/city/latest']);
  for (const c of names) t.true(ChannelSchema.safeParse(c).success);
});

test('values of each channel have the contract shapes', (t) => {
  const model = createFeedModel([{ code: '11110', stations: [] }, { code: '11680', stations: [] }], ['seoul-air']);
  const now = Date.parse('2025-03-01T09:00:00Z');
  const plan = feedPlan(['11110', '11680'], ['seoul-air']);
  const values = plan.map((item) => valueOf(model, item, now));
  t.true(DistrictAirSchema.safeParse(values[0]?.data).success);
  t.true(SourceHealthSchema.safeParse(values[2]?.data).success);
  t.true(SourceHealthSchema.array().length(1).safeParse(values[3]?.data).success);
  t.true(DistrictAirSchema.array().length(2).safeParse(values[4]?.data).success);
});
