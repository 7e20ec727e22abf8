/**
 * @module db/reference/names
 * English names for gu and dong, joined by Korean name within the same gu (codes differ between
 * the KOSTAT 2010/2013 and the MOIS schemes, names mostly do not).
 */

export interface NameRow {
  /** KOSTAT code: 5 digits for a gu, 7 for a dong. */
  code: string;
  ko: string;
  en: string;
}

/** Keys are `<gu name> <dong name>`, e.g. `종로구 사직동`. */
export type NameIndex = ReadonlyMap<string, string>;

/** Minimal CSV (no quoted commas in this file) into rows of the header's columns. */
export const parseCsv = (text: string): NameRow[] => {
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.length > 0);
  const cols = (header ?? '').split(',');
  const at = (name: string): number => cols.indexOf(name);
  return lines.map((l) => {
    const f = l.split(',');
    return { code: f[at('code')] ?? '', ko: f[at('ko')] ?? '', en: f[at('en')] ?? '' };
  });
};

/** Builds the index; earlier sources win, so pass the preferred one first. */
export const englishNameIndex = (...sources: NameRow[][]): NameIndex => {
  const index = new Map<string, string>();
  for (const rows of sources) {
    const gu = new Map(rows.filter((r) => r.code.length === 5).map((r) => [r.code, r.ko]));
    for (const r of rows) {
      const guName = gu.get(r.code.slice(0, 5));
      if (r.code.length !== 7 || !guName || !r.en) continue;
      const key = `${guName} ${r.ko}`;
      if (!index.has(key)) index.set(key, r.en);
    }
  }
  return index;
};
