/**
 * @module indicators/values/csv
 * The little CSV the source files need: double-quoted fields with commas inside ("1,395"), doubled
 * quotes, CRLF or LF, a BOM; and numbers with thousands separators. Bad cells are a SourceFormatError
 * that names the file's line.
 */

export class SourceFormatError extends Error {
  override readonly name = 'SourceFormatError';
}

/** One line into fields. */
export const splitCsvLine = (line: string): string[] => {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
};

export interface CsvTable {
  header: string[];
  /** Rows with their 1-based line numbers in the file. */
  rows: { line: number; fields: string[] }[];
}

/** The whole text into a header and rows; blank lines are skipped. */
export const readCsv = (text: string): CsvTable => {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim());
  const rows: CsvTable['rows'] = [];
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.trim() !== '') rows.push({ line: i + 1, fields: splitCsvLine(l) });
  }
  return { header, rows };
};

/** The index of each named column; a missing one is a SourceFormatError. */
export const columns = <K extends string>(header: readonly string[], names: Readonly<Record<K, string>>, file: string): Record<K, number> => {
  const out = {} as Record<K, number>;
  for (const [key, name] of Object.entries(names) as [K, string][]) {
    const i = header.indexOf(name);
    if (i < 0) throw new SourceFormatError(`${file}: column ${JSON.stringify(name)} missing from the header`);
    out[key] = i;
  }
  return out;
};

/** "1,395" → 1395; blank → null; anything else that is not a number is an error. */
export const numberOrNull = (cell: string | undefined, where: string): number | null => {
  const s = (cell ?? '').trim().replaceAll(',', '');
  if (s === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new SourceFormatError(`${where}: not a number: ${JSON.stringify(cell)}`);
  return n;
};

/** Like numberOrNull, but blank is an error too. */
export const numberAt = (cell: string | undefined, where: string): number => {
  const n = numberOrNull(cell, where);
  if (n === null) throw new SourceFormatError(`${where}: empty cell`);
  return n;
};
