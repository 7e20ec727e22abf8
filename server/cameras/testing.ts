/**
 * @module cameras/testing
 * A small fixed registry for route and API tests: cameras of Gangnam-gu and Jongno-gu of every
 * agency, some streamed, and one known incident. Positions are made up and marked synthetic.
 */
import type { Camera } from '../contracts/camera.ts';
import { VIEWERS_BY_AGENCY } from '../../db/reference/cameras.ts';
import { createMemoryCameraPort } from './memory.ts';
import type { CameraPort, IncidentPlace, PlaySettings } from './port.ts';

const cam = (id: string, agency: Camera['agency'], purpose: Camera['purpose'], lon: number, lat: number, streaming: boolean): Camera => {
  const district = id.slice(4, 9);
  const gu = district === '11680' ? { ko: '강남구', en: 'Gangnam-gu' } : { ko: '종로구', en: 'Jongno-gu' };
  const no = id.slice(-4);
  return {
    id,
    name: { ko: `${gu.ko} ${purpose} CCTV ${no}`, en: `${gu.en} ${purpose} CCTV ${no}` },
    district,
    lon,
    lat,
    agency,
    purpose,
    viewers: [...VIEWERS_BY_AGENCY[agency]],
    synthetic: true,
    streaming,
  };
};

export const TEST_CAMERAS: readonly Camera[] = [
  cam('cam-11680-00001', 'district', 'crime-prevention', 127.0495, 37.5172, true),
  cam('cam-11680-00002', 'police', 'crime-prevention', 127.0497, 37.5173, true),
  cam('cam-11680-00003', 'transport', 'traffic', 127.0276, 37.4979, true),
  cam('cam-11680-00004', 'fire', 'fire-watch', 127.0600, 37.5100, true),
  cam('cam-11680-00005', 'district', 'facility', 127.0410, 37.5200, false),
  cam('cam-11110-00001', 'district', 'crime-prevention', 126.9780, 37.5720, true),
  cam('cam-11110-00002', 'transport', 'traffic', 126.9770, 37.5705, true),
];

/** Near cam-11680-00001. */
export const TEST_INCIDENT = 'fire-119:20261127-0001';
export const TEST_INCIDENTS: Readonly<Record<string, IncidentPlace>> = { [TEST_INCIDENT]: { lon: 127.0494, lat: 37.5171, district: '11680' } };

export const TEST_PLAY: PlaySettings = { base: 'ws://127.0.0.1:8000', secret: 'test-media-secret-0123', ttlS: 300 };

export const testCameraPort = (): CameraPort => createMemoryCameraPort(TEST_CAMERAS, TEST_INCIDENTS);
