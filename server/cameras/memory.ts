/**
 * @module cameras/memory
 * The camera port over a list in memory: for route tests and the API on in-memory ports. Answers as
 * the store does (same viewer rule, same order, same pages); nearest is a brute-force scan.
 */
import { CAMERA_AGENCIES, type Camera, type CameraAgency } from '../contracts/camera.ts';
import { nearestOf } from './nearest.ts';
import type { CameraDistrictCount, CameraListQuery, CameraPort, IncidentPlace } from './port.ts';
import { visibleTo } from './viewers.ts';

const inBox = (c: Camera, b: CameraListQuery['bbox']): boolean => b === undefined || (c.lon >= b[0] && c.lat >= b[1] && c.lon <= b[2] && c.lat <= b[3]);

const zeroByAgency = (): Record<CameraAgency, number> => Object.fromEntries(CAMERA_AGENCIES.map((a) => [a, 0])) as Record<CameraAgency, number>;

export function createMemoryCameraPort(cameras: readonly Camera[], incidents: Readonly<Record<string, IncidentPlace>> = {}): CameraPort {
  const byId = [...cameras].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    async list(q) {
      const found = byId.filter(
        (c) =>
          (q.viewer === null || visibleTo(q.viewer, c)) &&
          (q.district === undefined || c.district === q.district) &&
          (q.cursor === undefined || c.id > q.cursor) &&
          inBox(c, q.bbox),
      );
      const page = found.slice(0, q.limit);
      return { cameras: page, next: found.length > q.limit ? (page.at(-1)?.id ?? null) : null };
    },
    nearest: async (q) => nearestOf(byId, q),
    get: async (id) => byId.find((c) => c.id === id) ?? null,
    async counts() {
      const out = new Map<string, CameraDistrictCount>();
      for (const c of byId) {
        const row = out.get(c.district) ?? { district: c.district, cameras: 0, byAgency: zeroByAgency(), synthetic: 0 };
        row.cameras++;
        row.byAgency[c.agency]++;
        if (c.synthetic) row.synthetic++;
        out.set(c.district, row);
      }
      return [...out.values()].sort((a, b) => (a.district < b.district ? -1 : 1));
    },
    incident: async (id) => incidents[id] ?? null,
  };
}
