import test from 'ava';
import { ParseError } from '../_kit/errors.ts';
import { decodeFeed } from './decode.ts';

const KOREAN = '서울시 미세먼지 저감';
const eucKr = (s: string): Buffer => {
  // EUC-KR bytes of the few syllables used here (KS X 1001), so the test needs no encoder.
  const table: Record<string, number[]> = { 서: [0xbc, 0xad], 울: [0xbf, 0xef], 시: [0xbd, 0xc3], 미: [0xb9, 0xcc], 세: [0xbc, 0xbc], 먼: [0xb8, 0xd5], 지: [0xc1, 0xf6], 저: [0xc0, 0xfa], 감: [0xb0, 0xa8], ' ': [0x20] };
  return Buffer.from([...s].flatMap((c) => table[c] ?? [...Buffer.from(c, 'latin1')]));
};

test('the XML declaration says EUC-KR: decoded as EUC-KR, whatever the header says', (t) => {
  const bytes = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="EUC-KR"?><t>'), eucKr(KOREAN), Buffer.from('</t>')]);
  t.deepEqual(decodeFeed(bytes, 'text/xml; charset=utf-8'), { text: `<?xml version="1.0" encoding="EUC-KR"?><t>${KOREAN}</t>`, encoding: 'euc-kr' });
  const cp949 = Buffer.concat([Buffer.from("<?xml version='1.0' encoding='cp949' ?><t>"), eucKr(KOREAN), Buffer.from('</t>')]);
  t.is(decodeFeed(cp949, '').text, `<?xml version='1.0' encoding='cp949' ?><t>${KOREAN}</t>`);
});

test('byte-order marks win and are removed', (t) => {
  t.deepEqual(decodeFeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<t>${KOREAN}</t>`)]), 'text/xml; charset=euc-kr'), { text: `<t>${KOREAN}</t>`, encoding: 'utf-8' });
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<t>가</t>', 'utf16le')]);
  t.is(decodeFeed(le, '').text, '<t>가</t>');
  t.is(decodeFeed('\uFEFF<rss/>', '').text, '<rss/>', 'text already decoded');
});

test('the header charset when the bytes say nothing; UTF-8 by default; EUC-KR when the bytes are not UTF-8', (t) => {
  t.is(decodeFeed(Buffer.concat([Buffer.from('<t>'), eucKr(KOREAN), Buffer.from('</t>')]), 'application/rss+xml; charset="EUC-KR"').text, `<t>${KOREAN}</t>`);
  t.deepEqual(decodeFeed(Buffer.from(`<t>${KOREAN}</t>`), 'application/xml'), { text: `<t>${KOREAN}</t>`, encoding: 'utf-8' });
  t.deepEqual(decodeFeed(Buffer.concat([Buffer.from('<t>'), eucKr(KOREAN), Buffer.from('</t>')]), 'application/xml'), { text: `<t>${KOREAN}</t>`, encoding: 'euc-kr' });
});

test('an unknown encoding is an unreadable page', (t) => {
  t.throws(() => decodeFeed(Buffer.from('<?xml version="1.0" encoding="x-klingon"?><t/>'), ''), { instanceOf: ParseError, message: 'unknown character encoding "x-klingon"' });
});
