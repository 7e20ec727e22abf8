/**
 * @module scripts/bench/wall/pages/sprites
 * Case (b): bare PixiJS with as many plain sprites (Texture.WHITE, tinted, of various sizes) and Text
 * objects as the wall has display objects, changing `rate` tints or texts a second (half each), the
 * way a live wall changes. Query: `?sprites=N&texts=M&rate=R`.
 */
import { Application, Container, Sprite, Text, TextStyle, Texture } from 'pixi.js';
import { intParam, mount, WALL } from './browser.ts';

const GRADE_TINTS = [0x2e7d32, 0xf9a825, 0xef6c00, 0xc62828, 0x1565c0, 0x455a64] as const;
const STYLES = [14, 18, 28, 44].map((fontSize) => new TextStyle({ fontFamily: 'sans-serif', fontSize, fill: 0xe6edf7 }));

const spriteCount = intParam('sprites', 400);
const textCount = intParam('texts', 200);
const rate = intParam('rate', 1000);

const app = new Application();
await app.init({ preference: 'webgl', width: WALL.width, height: WALL.height, antialias: true, background: WALL.background });

/** Deterministic pseudo-random numbers so every run draws the same scene. */
let seed = 7;
const random = (): number => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

const scene = new Container();
app.stage.addChild(scene);
const sprites: Sprite[] = [];
for (let i = 0; i < spriteCount; i += 1) {
  const s = new Sprite(Texture.WHITE);
  s.width = 8 + Math.floor(random() * 160);
  s.height = 8 + Math.floor(random() * 90);
  s.position.set(random() * (WALL.width - s.width), random() * (WALL.height - s.height));
  s.tint = pick(GRADE_TINTS);
  sprites.push(s);
  scene.addChild(s);
}
const texts: Text[] = [];
for (let i = 0; i < textCount; i += 1) {
  const t = new Text({ text: String(Math.floor(random() * 500)), style: pick(STYLES) });
  t.position.set(random() * (WALL.width - 120), random() * (WALL.height - 50));
  texts.push(t);
  scene.addChild(t);
}

let owed = 0;
let turn = 0;
app.ticker.add((ticker) => {
  owed += (rate * ticker.deltaMS) / 1000;
  for (; owed >= 1; owed -= 1) {
    turn += 1;
    if (turn % 2 === 0 && texts.length > 0) pick(texts).text = String(Math.floor(random() * 500));
    else if (sprites.length > 0) pick(sprites).tint = pick(GRADE_TINTS);
  }
});

mount(app, { total: spriteCount + textCount, texts: textCount, sprites: spriteCount, graphics: 0 });
