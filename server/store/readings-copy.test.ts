import test from 'ava';
import { checkReadings, readingChunks, readingLine, ReadingRowError, type ReadingRow } from './readings-copy.ts';

const row = (o: Partial<ReadingRow> = {}): ReadingRow => ({
  time: new Date('2025-03-01T01:00:00Z'),
  source: 'seoul-air',
  entity: 'station:111123',
  district: '11110',
  metric: 'pm10',
  value: 42.5,
  quality: 'ok',
  ...o,
});

test('a reading becomes one escaped COPY line', (t) => {
  t.is(readingLine(row()), '2025-03-01T01:00:00.000Z\tseoul-air\tstation:111123\t11110\tpm10\t42.5\tok\n');
  t.is(
    readingLine(row({ entity: 'station:a\tb\nc\\d', district: null, value: null, quality: 'missing' })),
    '2025-03-01T01:00:00.000Z\tseoul-air\tstation:a\\tb\\nc\\\\d\t\\N\tpm10\t\\N\tmissing\n',
  );
});

test('chunks equal the lines, reusing repeated times and names correctly', (t) => {
  const rows = [
    row(),
    row({ metric: 'pm25', value: 1 }),
    row({ entity: 'station:x\ty', value: 2 }),
    row({ time: new Date('2025-03-01T02:00:00Z'), entity: 'station:x\ty', value: 3 }),
  ];
  t.is([...readingChunks(rows)].join(''), rows.map(readingLine).join(''));
});

test('large batches are split into chunks of about 1 MiB', (t) => {
  const rows = Array.from({ length: 30_000 }, (_, i) => row({ value: i }));
  const chunks = [...readingChunks(rows)];
  t.true(chunks.length >= 2);
  t.is(chunks.join('').split('\n').length - 1, 30_000);
});

test('months spanned are collected; bad rows are named', (t) => {
  const months = checkReadings([row(), row({ time: new Date('2025-04-30T23:00:00Z') }), row()]);
  t.is(months.size, 2);
  t.throws(() => checkReadings([row(), row({ value: Number.NaN })]), { instanceOf: ReadingRowError, message: /#1.*not finite/ });
  t.throws(() => checkReadings([row({ district: '1111' })]), { instanceOf: ReadingRowError });
  t.throws(() => checkReadings([row({ time: new Date('x') })]), { instanceOf: ReadingRowError });
  t.throws(() => checkReadings([row({ quality: 'bad' as never })]), { instanceOf: ReadingRowError });
});
