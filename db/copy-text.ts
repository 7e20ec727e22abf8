/**
 * @module db/copy-text
 * PostgreSQL COPY text format (the default `FORMAT text`): one line per row, tab-separated,
 * `\N` for NULL, and backslash escapes for backslash, tab, newline and carriage return.
 */

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES = /[\\\t\n\r]/g;
const ESCAPE_OF: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export class CopyValueError extends Error {
  override readonly name = 'CopyValueError';
}

/** Escapes one text value for COPY text format. */
export const escapeCopyText = (s: string): string =>
  NEEDS_ESCAPE.test(s) ? s.replace(ESCAPES, (c) => ESCAPE_OF[c] ?? c) : s;

/** One field in COPY text format: null/undefined → `\N`, Date → ISO UTC, objects → JSON. */
export const copyField = (v: unknown): string => {
  if (v === null || v === undefined) return '\\N';
  switch (typeof v) {
    case 'string':
      return escapeCopyText(v);
    case 'number':
    case 'bigint':
      return String(v);
    case 'boolean':
      return v ? 't' : 'f';
    default:
      return objectField(v);
  }
};

const objectField = (v: unknown): string => {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) throw new CopyValueError('invalid Date in COPY row');
    return v.toISOString();
  }
  if (v instanceof Uint8Array) return `\\\\x${Buffer.from(v).toString('hex')}`;
  return escapeCopyText(JSON.stringify(v));
};

/** One row (with its trailing newline) in COPY text format. */
export const copyLine = (row: readonly unknown[]): string => {
  let line = '';
  for (let i = 0; i < row.length; i++) line += (i === 0 ? '' : '\t') + copyField(row[i]);
  return `${line}\n`;
};

/** Quotes an SQL identifier (table or column name), `schema.table` allowed. */
export const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(name)) {
    throw new CopyValueError(`not a plain lowercase SQL identifier: ${JSON.stringify(name)}`);
  }
  return name
    .split('.')
    .map((p) => `"${p}"`)
    .join('.');
};

/** `COPY <table> (<cols>) FROM <from>` for text format. */
export const copyStatement = (table: string, columns: readonly string[], from: string): string =>
  `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM ${from}`;
