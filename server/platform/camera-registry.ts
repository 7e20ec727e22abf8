/**
 * @module platform/camera-registry
 * The camera registry at start: Seoul's cameras per gu (2016 counts) at generated positions
 * (labelled synthetic), upserted by id. With `CAMERA_STREAM_URL_TEMPLATE` every camera gets a
 * stream address (`{id}` replaced) that the media role's relays pull from on demand; without it,
 * none is streamed.
 */
import { loadCameraRegistry } from '../../db/reference/cameras-load.ts';
import type { Database } from '../../db/types.ts';
import { seedCameras, type SeedCamerasResult } from '../store/cameras.ts';

export const streamUrlFrom = (template: string | undefined) => (c: { id: string }): string | null =>
  template === undefined ? null : template.replaceAll('{id}', c.id);

export async function seedCameraRegistry(db: Database, template: string | undefined): Promise<SeedCamerasResult & { streamed: boolean }> {
  const cameras = await loadCameraRegistry();
  return { ...(await seedCameras(db, cameras, { streamUrlOf: streamUrlFrom(template) })), streamed: template !== undefined };
}
