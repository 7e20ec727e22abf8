/**
 * @module connectors/seoul-air/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const seoulAirManifest = {
  id: 'seoul-air',
  title: { ko: '서울시 대기환경 정보', en: 'Seoul air quality' },
  department: { ko: '기후환경본부 대기정책과', en: 'Air Quality Policy Division, Climate & Environment HQ' },
  protocol: 'http-json',
  schedule: { every: 60_000 },
  secrets: ['SEOUL_OPENAPI_KEY'],
  config: ['SEOUL_AIR_BASE_URL'],
  emits: ['air.observed'],
  staleAfterSeconds: 2 * 3600,
  synthetic: false,
  attribution:
    'Seoul Open Data Plaza (data.seoul.go.kr), OA-2218 서울시 일별 평균 대기오염도 정보 and RealtimeCityAir 서울시 실시간 대기환경 정보; KOGL (공공누리) Type 1.',
} satisfies ConnectorManifestInput;
