/**
 * @module cameras/store-port
 * The camera port over the database: the registry from server/store/cameras.ts, an incident's
 * place from the `incidents` table. What the platform's api role hands to the routes.
 */
import type { Database } from '../../db/client.ts';
import { CAMERA_AGENCIES, type Camera, type CameraAgency } from '../contracts/camera.ts';
import { cameraCounts, getCamera, listCameras, nearestCameras, type CameraRecord } from '../store/cameras.ts';
import type { CameraDistrictCount, CameraPort, IncidentPlace } from './port.ts';

/** The contract's camera: the stream address and the year stay on the server. */
export const publicCamera = ({ streamUrl: _s, installedYear: _y, ...c }: CameraRecord): Camera => c;

const isAgency = (a: string): a is CameraAgency => (CAMERA_AGENCIES as readonly string[]).includes(a);

/** Where an incident is, from the incident actors' table; null when it is not there. */
export const incidentPlace = async (db: Database, id: string): Promise<IncidentPlace | null> => {
  const [r] = await db.query<{ lon: number; lat: number; district: string }>(
    `SELECT lon, lat, district_code AS district FROM incidents WHERE id = $1`,
    [id],
  );
  return r ? { lon: Number(r.lon), lat: Number(r.lat), district: r.district } : null;
};

export function createStoreCameraPort(db: Database, o: { incident?: (id: string) => Promise<IncidentPlace | null> } = {}): CameraPort {
  return {
    async list(q) {
      const page = await listCameras(db, q);
      return { cameras: page.cameras.map(publicCamera), next: page.next };
    },
    nearest: async (q) => (await nearestCameras(db, q)).map(({ distanceM, ...c }) => ({ ...publicCamera(c), distanceM })),
    get: async (id) => {
      const c = await getCamera(db, id);
      return c ? publicCamera(c) : null;
    },
    async counts() {
      const out = new Map<string, CameraDistrictCount>();
      for (const r of await cameraCounts(db)) {
        const byAgency = Object.fromEntries(CAMERA_AGENCIES.map((a) => [a, 0])) as Record<CameraAgency, number>;
        const row = out.get(r.district) ?? { district: r.district, cameras: 0, byAgency, synthetic: 0 };
        row.cameras += r.cameras;
        row.synthetic += r.synthetic;
        if (isAgency(r.agency)) row.byAgency[r.agency] += r.cameras;
        out.set(r.district, row);
      }
      return [...out.values()];
    },
    incident: o.incident ?? ((id) => incidentPlace(db, id)),
  };
}
