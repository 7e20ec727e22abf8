/**
 * @module connectors/news-feed/places/build
 * Pure: the names by which texts mention a gu or a dong, from the boundary files of shared data.
 *   gu      MOIS code, Korean (`마포구`) and English (`Mapo-gu`) from the JUSO 2015 gu layer
 *   dong    administrative dong of 2021 (vuski, `역삼1동`, `청운효자동`) and legal dong of 2015 (JUSO, `역삼동`),
 *           names ending in 동 only; English from the legal-dong layer and the KOSTAT 2010 codebook where clean
 *           (`Sangam-dong`; romanizations with numbers or brackets are left out)
 * A dong name found in more than one gu (`신사동`: 강남구 and 은평구) says nothing about the gu and is left out.
 * Two-syllable names are left out (`중동`, `합동`, `본동` are words too) except a few known places.
 */

export interface GuName {
  code: string;
  ko: string;
  en: string;
}

export interface DongName {
  ko: string;
  en: string | null;
  district: string;
}

export interface PlaceNames {
  gu: GuName[];
  dongs: DongName[];
}

export interface BoundaryInputs {
  /** JUSO gu features' properties. */
  gu: readonly { SIG_CD: string; SIG_KOR_NM: string; SIG_ENG_NM: string }[];
  /** vuski administrative dong properties. */
  adminDongs: readonly { adm_nm: string; sgg: string }[];
  /** JUSO legal dong properties (EMD_CD: the gu code then three digits). */
  legalDongs: readonly { EMD_CD: string; EMD_KOR_NM: string; EMD_ENG_NM: string }[];
  /** Rows of the KOSTAT 2010 codebook (code, ko, en): 5-digit gu, 7-digit dong. */
  codebook: readonly { code: string; ko: string; en: string }[];
}

/** Two-syllable dong names that mean the place and little else. */
export const SHORT_DONG_KEPT: readonly string[] = ['목동', '창동', '명동'];

const CLEAN_EN = /^[A-Z][a-z]+(?:-[a-z]+)?-dong$/;

const cleanEn = (en: string | undefined): string | null => {
  const t = en?.trim() ?? '';
  return CLEAN_EN.test(t) ? t : null;
};

const keptName = (ko: string): boolean => ko.endsWith('동') && (ko.length > 2 || SHORT_DONG_KEPT.includes(ko));

/** English dong names of the 2010 codebook by `<gu ko> <dong ko>`. */
const codebookEnglish = (rows: BoundaryInputs['codebook']): Map<string, string> => {
  const guOf = new Map(rows.filter((r) => r.code.length === 5).map((r) => [r.code, r.ko]));
  const out = new Map<string, string>();
  for (const r of rows) {
    const gu = guOf.get(r.code.slice(0, 5));
    const en = cleanEn(r.en);
    if (r.code.length === 7 && gu && en) out.set(`${gu} ${r.ko}`, en);
  }
  return out;
};

export const buildPlaceNames = (inp: BoundaryInputs): PlaceNames => {
  const gu = inp.gu.map((g) => ({ code: g.SIG_CD, ko: g.SIG_KOR_NM.trim(), en: g.SIG_ENG_NM.trim() })).sort((a, b) => a.code.localeCompare(b.code));
  const guKo = new Map(gu.map((g) => [g.code, g.ko]));
  const english = codebookEnglish(inp.codebook);
  /** name → district → English name (or null). */
  const found = new Map<string, Map<string, string | null>>();
  const add = (ko: string, district: string, en: string | null): void => {
    if (!keptName(ko) || !guKo.has(district)) return;
    const byGu = found.get(ko) ?? new Map<string, string | null>();
    byGu.set(district, byGu.get(district) ?? en);
    found.set(ko, byGu);
  };
  for (const l of inp.legalDongs) add(l.EMD_KOR_NM.trim(), l.EMD_CD.slice(0, 5), cleanEn(l.EMD_ENG_NM));
  for (const a of inp.adminDongs) {
    const ko = a.adm_nm.trim().split(/\s+/).at(-1) ?? '';
    add(ko, a.sgg, english.get(`${guKo.get(a.sgg) ?? ''} ${ko}`) ?? null);
  }
  const dongs: DongName[] = [];
  for (const [ko, byGu] of found) {
    if (byGu.size !== 1) continue;
    const [district, en] = [...byGu][0] as [string, string | null];
    dongs.push({ ko, en, district });
  }
  dongs.sort((a, b) => a.district.localeCompare(b.district) || a.ko.localeCompare(b.ko));
  return { gu, dongs };
};

/** The committed file: one name per line, so that a change reads well in a diff. */
export const formatPlaceNames = (names: PlaceNames): string => {
  const rows = (list: readonly object[]): string => list.map((r) => `  ${JSON.stringify(r)}`).join(',\n');
  return `{\n "gu": [\n${rows(names.gu)}\n ],\n "dongs": [\n${rows(names.dongs)}\n ]\n}\n`;
};
