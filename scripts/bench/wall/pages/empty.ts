/**
 * @module scripts/bench/wall/pages/empty
 * Case (a): an empty PixiJS v8 canvas the size of the wall, rendered by the ticker every frame.
 */
import { Application } from 'pixi.js';
import { mount, WALL } from './browser.ts';

const app = new Application();
await app.init({ preference: 'webgl', width: WALL.width, height: WALL.height, antialias: true, background: WALL.background });
mount(app, { total: 0, texts: 0, sprites: 0, graphics: 0 });
