/**
 * @module connectors/fire-119/manifest
 */
import type { ConnectorManifestInput } from '../_kit/manifest.ts';

export const fire119Manifest = {
  id: 'fire-119',
  title: { ko: '119 화재 출동 현황', en: '119 fire dispatch' },
  department: { ko: '서울특별시 소방재난본부', en: 'Seoul Metropolitan Fire & Disaster HQ' },
  protocol: 'http-json',
  schedule: { every: 5_000 },
  secrets: [],
  config: ['FIRE_119_BASE_URL'],
  emits: ['incident.reported', 'incident.dispatched', 'incident.arrived', 'incident.resolved'],
  // Fires are sparse (about 2.4 a day in the 2021 file): a quiet day is not an outage.
  staleAfterSeconds: 3 * 86_400,
  synthetic: false,
  attribution:
    'Seoul fire dispatch incidents 2021 (화재출동 골든타임, compiled from 소방청 / 서울 열린데이터광장 fire-dispatch data) from github.com/suhyeon0325/SeoulFireDash, MIT licence; call-handling times estimated.',
} satisfies ConnectorManifestInput;
