/**
 * @module wall/setup/scene
 * The wall scene on the stage, with the live videos of its CCTV tiles: each tile's stream asks for a
 * fresh signed play address on every (re)connection and reports its state into the wall state.
 */
import type { Application } from 'pixi.js';
import { requestPlay } from '../api/safety.ts';
import type { MapAsset } from '../map/map-asset.ts';
import { dropStreamState, setStreamState } from '../state/cctv.ts';
import type { WallState } from '../state/wall-state.ts';
import { WallScene } from '../scene/wall-scene.ts';
import { createVideoTiles, type VideoTiles } from '../systems/video-tiles.ts';
import { openVideoStream } from '../video/video-stream.ts';

export interface SceneDeps {
  base: string;
  app: Application;
  state: WallState;
  asset: MapAsset;
}

export function addScene({ base, app, state, asset }: SceneDeps): { scene: WallScene; videos: VideoTiles } {
  // Each (re)connection of a tile asks for a fresh signed address: the server records every one.
  const videos = createVideoTiles({
    open: (req, onState) => openVideoStream({ getUrl: () => requestPlay(base, req.camera, req.incident).then((g) => g.url), onState }),
    onState: (camera, s) => setStreamState(state, camera, s),
    onClose: (camera) => dropStreamState(state, camera),
  });
  const scene = new WallScene(asset, videos);
  app.stage.addChild(scene.root);
  return { scene, videos };
}
