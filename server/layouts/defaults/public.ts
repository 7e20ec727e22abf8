/**
 * @module layouts/defaults/public
 * The public display (lobby, subway): the city's air, its incidents and what its residents say,
 * rotating, with nothing about internal systems and no camera, and how the administration is doing
 * against its plan (small counts withheld). Incidents come from the public board
 * (positions coarsened), complaints from the public feed (titles redacted of personal data).
 */
import type { Layout } from '../../contracts/index.ts';
import { OPINION_TITLE, SAFETY_LAYERS, SAFETY_TITLE, TITLES, administrationScreen, area } from './panels.ts';

export const publicDisplay: Layout = {
  version: 1,
  name: { ko: '서울 시민 안내', en: 'Seoul public display' },
  language: 'ko',
  focusDistrict: null,
  startScreen: 'air',
  rotateSeconds: 30,
  screens: [
    {
      id: 'air',
      title: { ko: '지금 서울의 공기', en: "Seoul's air now" },
      panels: [
        { id: 'map', kind: 'map', area: area(0, 0, 16, 12), title: TITLES.map, metric: 'cai', layers: ['districts', 'labels'] },
        { id: 'ranking', kind: 'air-ranking', area: area(16, 0, 8, 12), title: TITLES.ranking, metric: 'cai', limit: 25 },
      ],
    },
    {
      id: 'glance',
      title: { ko: '서울 한눈에 보기', en: 'Seoul at a glance' },
      panels: [
        { id: 'glance', kind: 'glance', area: area(0, 0, 24, 3), title: TITLES.glance },
        { id: 'map', kind: 'map', area: area(0, 3, 24, 9), title: TITLES.map, metric: 'pm25', layers: ['districts', 'labels'] },
      ],
    },
    {
      id: 'safety',
      title: SAFETY_TITLE,
      panels: [
        { id: 'map', kind: 'map', area: area(0, 0, 14, 12), title: TITLES.safetyMap, layers: SAFETY_LAYERS },
        { id: 'incidents', kind: 'incidents', area: area(14, 0, 10, 12), title: TITLES.incidents, limit: 20 },
      ],
    },
    {
      id: 'opinion',
      title: OPINION_TITLE,
      panels: [
        { id: 'map', kind: 'complaint-map', area: area(0, 0, 9, 8), title: TITLES.complaintMap, layers: ['complaints-per-10k', 'labels'] },
        { id: 'participation', kind: 'participation', area: area(0, 8, 9, 4), title: TITLES.participation, limit: 5 },
        { id: 'feed', kind: 'complaint-feed', area: area(9, 0, 8, 7), title: TITLES.complaintFeed, limit: 8 },
        { id: 'trends', kind: 'media-trends', area: area(9, 7, 8, 5), title: TITLES.mediaTrends, limit: 6 },
        { id: 'rising', kind: 'rising-issues', area: area(17, 0, 7, 5), title: TITLES.risingIssues, limit: 6 },
        { id: 'categories', kind: 'complaint-categories', area: area(17, 5, 7, 7), title: TITLES.complaintCategories, limit: 10 },
      ],
    },
    administrationScreen(),
  ],
};
