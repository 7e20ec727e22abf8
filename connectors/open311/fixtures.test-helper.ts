/**
 * @module connectors/open311/fixtures-test-helper
 * Test helper: the fixtures of `fixtures/` as text, and a recorded whole HTTP response split into status and body.
 */
import { loadFixture } from '../_kit/testing.ts';

export const fixture = (name: string): string => loadFixture(import.meta.url, `fixtures/${name}`);

export interface HttpFixture {
  status: number;
  body: string;
}

/** `HTTP/1.1 403 Forbidden\n\n<body>` → `{ status: 403, body }`. */
export const httpFixture = (name: string): HttpFixture => {
  const text = fixture(name);
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})[^\n]*\r?\n(?:[^\n]+\r?\n)*\r?\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${name} is not a recorded HTTP response`);
  return { status: Number(m[1]), body: m[2] as string };
};
