import test from 'ava';
import { nextEntry, verifyChain, type StoredAuditEntry } from './chain.ts';
import { csvCell, csvHeader, csvLine, entryJson, ndjsonLine } from './export-format.ts';

const at = new Date('2026-03-01T09:00:00.000Z');
const entry = nextEntry(null, { at, action: 'auth.sign-in-failed', actor: 'anonymous', target: '=HYPERLINK("x")', details: { login: 'a,b' } });

test('NDJSON lines carry every field and verify again after parsing', (t) => {
  const line = ndjsonLine(entry);
  t.true(line.endsWith('\n'));
  t.is(line.indexOf('\n'), line.length - 1);
  const parsed = JSON.parse(line) as ReturnType<typeof entryJson>;
  t.deepEqual(parsed, entryJson(entry));
  const back: StoredAuditEntry = { ...parsed, at: new Date(parsed.at) };
  t.like(verifyChain([back]), { ok: true, count: 1 });
});

test('CSV quotes what needs quoting and neutralizes formulas', (t) => {
  t.is(csvHeader(), 'seq,at,action,actor,target,details,prev_hash,hash\r\n');
  t.is(csvCell('plain'), 'plain');
  t.is(csvCell('a "b", c'), '"a ""b"", c"');
  t.is(csvCell('line\nbreak'), '"line\nbreak"');
  t.is(csvCell('=1+2'), "'=1+2");
  t.is(csvCell('-3'), "'-3");
  t.is(csvCell('@SUM(A1)'), "'@SUM(A1)");
  t.is(
    csvLine(entry),
    `1,2026-03-01T09:00:00.000Z,auth.sign-in-failed,anonymous,"'=HYPERLINK(""x"")","{""login"":""a,b""}",${entry.prevHash},${entry.hash}\r\n`,
  );
});
