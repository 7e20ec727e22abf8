import test from 'ava';
import { isLoopbackPeer, publishRefusal, PUBLISH_REFUSED } from './media-guards.ts';

test('this machine is the loopback in IPv4, IPv4-mapped IPv6 and IPv6', (t) => {
  for (const peer of ['127.0.0.1:5000', '127.8.9.10:1', '::ffff:127.0.0.1:5000', '::1:5000', '::FFFF:127.0.0.1:80']) t.true(isLoopbackPeer(peer), peer);
  for (const peer of ['10.0.0.1:5000', '::ffff:10.0.0.1:5000', '128.0.0.1:1', '::2:5000', '', 'undefined:undefined', '1127.0.0.1:1']) t.false(isLoopbackPeer(peer), peer);
});

test('only RTMP from this machine may publish', (t) => {
  t.is(publishRefusal({ ip: '127.0.0.1:40000', protocol: 'rtmp' }), null);
  t.is(publishRefusal({ ip: '192.168.0.9:40000', protocol: 'rtmp' }), PUBLISH_REFUSED);
  t.is(publishRefusal({ ip: '127.0.0.1:40000', protocol: 'flv' }), PUBLISH_REFUSED, 'no publishing over HTTP or WebSocket FLV');
});
