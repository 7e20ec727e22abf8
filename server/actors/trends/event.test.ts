import test from 'ava';
import { isMediaKind, parseMediaEvent } from './event.ts';
import { at, envelopeOf, newsItem, TODAY } from './testing.ts';

const item = newsItem(at(TODAY, 9), '한강 봄꽃 축제 개막', '여의도 한강공원에서 봄꽃 축제가 열린다.', { districts: ['11560'] });

test('a media.published envelope of its own item is read', (t) => {
  t.deepEqual(parseMediaEvent(envelopeOf(item)), { ok: true, item });
  t.true(isMediaKind('media.published'));
  t.false(isMediaKind('media.deleted'));
});

test('each way an event can be wrong has its reason', (t) => {
  const reason = (raw: unknown): string => {
    const r = parseMediaEvent(raw);
    return r.ok ? 'ok' : r.reason;
  };
  t.regex(reason({ v: 2 }), /^envelope: /);
  t.is(reason(envelopeOf(item, { kind: 'air.observed' })), 'not a media event: air.observed');
  t.regex(reason(envelopeOf({ ...item, language: 'fr' } as never)), /^payload: language: /);
  t.regex(reason(envelopeOf({ ...item, url: 'javascript:alert(1)' })), /^payload: url: /);
  t.is(reason(envelopeOf(item, { id: 'news-feed:other' })), `event news-feed:other carries item ${item.id}`);
  t.is(reason(envelopeOf({ ...item, source: 'social-sim' })), `item ${item.id} does not belong to source social-sim`);
  t.is(reason(envelopeOf({ ...item, id: 'social-sim:x' }, { id: 'social-sim:x' })), 'item social-sim:x does not belong to source news-feed');
});
