/**
 * @module auth/districts
 * The 25 gu codes (MOIS) a district head can be responsible for — the codes of
 * db/reference/districts.json, kept here so that checking a user's scope needs no database.
 */
export const SEOUL_GU_CODES: readonly string[] = [
  '11110', '11140', '11170', '11200', '11215', '11230', '11260', '11290', '11305', '11320', '11350', '11380', '11410',
  '11440', '11470', '11500', '11530', '11545', '11560', '11590', '11620', '11650', '11680', '11710', '11740',
];

const known = new Set(SEOUL_GU_CODES);

export const isSeoulGu = (code: string): boolean => known.has(code);
