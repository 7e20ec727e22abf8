/**
 * @module layouts/defaults/situation-room
 * The situation room: maps first, every pollutant at hand, the health of every source system, and a
 * safety screen — incidents on the map, the live list, the selected incident and its cameras.
 */
import type { Layout } from '../../contracts/index.ts';
import { ALL_LAYERS, SAFETY_TITLE, TITLES, area } from './panels.ts';

export const situationRoom: Layout = {
  version: 1,
  name: { ko: '종합상황실', en: 'Situation room' },
  language: 'ko',
  focusDistrict: null,
  startScreen: 'situation',
  rotateSeconds: 0,
  screens: [
    {
      id: 'situation',
      title: { ko: '종합 상황', en: 'Overall situation' },
      panels: [
        { id: 'map', kind: 'map', area: area(0, 0, 18, 12), title: TITLES.map, metric: 'cai', layers: ALL_LAYERS },
        { id: 'ranking', kind: 'air-ranking', area: area(18, 0, 6, 7), title: TITLES.ranking, metric: 'cai', limit: 12 },
        { id: 'sources', kind: 'source-health', area: area(18, 7, 6, 5), title: TITLES.sources },
      ],
    },
    {
      id: 'safety',
      title: SAFETY_TITLE,
      panels: [
        { id: 'map', kind: 'map', area: area(0, 0, 12, 12), title: TITLES.safetyMap, layers: ['districts', 'neighborhoods', 'labels', 'incidents'] },
        { id: 'incidents', kind: 'incidents', area: area(12, 0, 6, 6), title: TITLES.incidents, limit: 10 },
        { id: 'incident', kind: 'incident-detail', area: area(18, 0, 6, 6), title: TITLES.incidentDetail },
        { id: 'cctv', kind: 'cctv', area: area(12, 6, 12, 6), title: TITLES.cctv, limit: 12 },
      ],
    },
    {
      id: 'air',
      title: { ko: '대기질 상세', en: 'Air quality in detail' },
      panels: [
        { id: 'map-pm25', kind: 'map', area: area(0, 0, 12, 8), title: { ko: '초미세먼지 (PM2.5)', en: 'Fine dust (PM2.5)' }, metric: 'pm25', layers: ALL_LAYERS },
        { id: 'map-pm10', kind: 'map', area: area(12, 0, 12, 8), title: { ko: '미세먼지 (PM10)', en: 'Dust (PM10)' }, metric: 'pm10', layers: ALL_LAYERS },
        { id: 'ranking', kind: 'air-ranking', area: area(0, 8, 12, 4), title: TITLES.ranking, metric: 'pm25', limit: 8 },
        { id: 'detail', kind: 'district-detail', area: area(12, 8, 12, 4), title: TITLES.detail },
      ],
    },
    {
      id: 'sources',
      title: { ko: '연계 시스템', en: 'Source systems' },
      panels: [
        { id: 'sources', kind: 'source-health', area: area(0, 0, 16, 12), title: TITLES.sources },
        { id: 'map', kind: 'map', area: area(16, 0, 8, 12), title: TITLES.map, metric: 'cai', layers: ['districts', 'stations'] },
      ],
    },
  ],
};
