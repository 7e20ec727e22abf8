/**
 * @module connectors/news-feed/decode
 * Pure: a feed's bytes to text. The encoding is taken from, in order: a byte-order mark; the XML declaration
 * (`<?xml version="1.0" encoding="EUC-KR"?>`: the bytes say what they are, and servers often send a default
 * `charset` for files saved in another encoding); the Content-Type `charset`; else UTF-8. Bytes that are not UTF-8
 * when nothing declared an encoding are read as EUC-KR (CP949), the legacy encoding of Korean sites.
 */
import { TextDecoder } from 'node:util';
import { ParseError } from '../_kit/errors.ts';

/** Labels that WHATWG's TextDecoder does not know, mapped to one it does (EUC-KR there is Windows-949). */
const ALIASES: Readonly<Record<string, string>> = { cp949: 'euc-kr', ms949: 'euc-kr', 'x-windows-949': 'euc-kr', uhc: 'euc-kr', 'ks_c_5601': 'euc-kr' };

const DECLARED = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

const decoderFor = (label: string, fatal = false): TextDecoder => {
  const name = ALIASES[label.toLowerCase()] ?? label;
  try {
    return new TextDecoder(name, { fatal });
  } catch (err) {
    throw new ParseError(`unknown character encoding "${label}"`, { cause: err });
  }
};

const charsetOf = (contentType: string): string | null => /;\s*charset\s*=\s*"?([A-Za-z0-9._:-]+)"?/i.exec(contentType)?.[1] ?? null;

const bomOf = (b: Buffer): { label: string; skip: number } | null => {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return null;
};

export interface DecodedFeed {
  text: string;
  /** The encoding the text was read in (`utf-8`, `euc-kr`, …). */
  encoding: string;
}

/** Bytes (or text already decoded) → text without a byte-order mark. */
export const decodeFeed = (body: string | Buffer, contentType: string): DecodedFeed => {
  if (typeof body === 'string') return { text: body.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  const bom = bomOf(body);
  if (bom) return { text: decoderFor(bom.label).decode(body.subarray(bom.skip)), encoding: bom.label };
  const declared = DECLARED.exec(body.subarray(0, 256).toString('latin1'))?.[1] ?? charsetOf(contentType);
  if (declared !== null) {
    const decoder = decoderFor(declared);
    return { text: decoder.decode(body).replace(/^\uFEFF/, ''), encoding: decoder.encoding };
  }
  try {
    return { text: decoderFor('utf-8', true).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: decoderFor('euc-kr').decode(body), encoding: 'euc-kr' };
  }
};
