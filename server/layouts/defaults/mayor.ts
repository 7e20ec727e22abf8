/**
 * @module layouts/defaults/mayor
 * The mayor's wall, and the district head's: the same screens, centred on one gu at resolve time.
 */
import type { Layout } from '../../contracts/index.ts';
import { mayorScreens } from './panels.ts';

export const mayor: Layout = {
  version: 1,
  name: { ko: '시장 상황판', en: "Mayor's wall" },
  language: 'ko',
  focusDistrict: null,
  screens: mayorScreens(),
  startScreen: 'glance',
  rotateSeconds: 0,
};

/** `focusDistrict` stays null here: `?district=` of /api/v1/layouts/resolve fills it. */
export const districtHead: Layout = {
  ...mayor,
  name: { ko: '구청장 상황판', en: "District head's wall" },
  screens: mayorScreens(),
  startScreen: 'city',
};
