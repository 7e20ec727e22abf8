import test from 'ava';
import { signedPlayUrl, signStreamPath, streamPathOf, verifyPlaySign } from './play-url.ts';

const now = Date.UTC(2026, 10, 27, 9, 0, 0);

test('the address names the stream and carries an expiring signature the media server accepts', (t) => {
  const { url, expiresAt } = signedPlayUrl('cam-11680-00042', { base: 'ws://127.0.0.1:8000/', secret: 's3cret', ttlS: 300, now });
  t.is(expiresAt.getTime(), now + 300_000);
  const u = new URL(url);
  t.is(u.pathname, '/live/cam-11680-00042.flv');
  const sign = u.searchParams.get('sign') ?? '';
  t.true(verifyPlaySign(streamPathOf('cam-11680-00042'), sign, 's3cret', now + 299_000));
});

test('an expired, altered or foreign signature is refused', (t) => {
  const path = streamPathOf('cam-11680-00042');
  const sign = signStreamPath(path, Math.floor(now / 1000) + 60, 's3cret');
  t.false(verifyPlaySign(path, sign, 's3cret', now + 61_000), 'expired');
  t.false(verifyPlaySign(streamPathOf('cam-11680-00043'), sign, 's3cret', now), 'another camera');
  t.false(verifyPlaySign(path, sign, 'other', now), 'another secret');
  const [exp, hash] = sign.split('-');
  t.false(verifyPlaySign(path, `${Number(exp) + 3600}-${hash}`, 's3cret', now), 'extended expiry');
  t.false(verifyPlaySign(path, 'garbage', 's3cret', now));
  t.false(verifyPlaySign(path, `${exp}-${hash}-x`, 's3cret', now));
});

test('the signature matches node-media-server: md5 of "<path>-<expiry>-<secret>"', (t) => {
  t.is(signStreamPath('/live/a', 100, 'k'), '100-e0a163c2d847f323e569ffc329f9d36c');
});
