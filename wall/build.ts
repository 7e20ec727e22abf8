/**
 * @module wall/build
 * Builds the wall into `dist/wall`: the PixiJS app bundled by esbuild (content-hashed), the map
 * asset prepared from db/reference (projected, simplified, quantized: parsed once here, not at
 * every start) and `index.html` pointing at both. `npx tsx wall/build.ts [outDir]`.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildMapAsset } from './build/map-asset.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DEFAULT_WALL_DIR = resolve(here, '../dist/wall');

export interface WallBuild {
  outDir: string;
  script: string;
  map: string;
  bytes: { script: number; map: number };
}

const hashOf = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex').slice(0, 12);

export async function buildWall(outDir = DEFAULT_WALL_DIR): Promise<WallBuild> {
  const bundle = await build({
    entryPoints: [join(here, 'src/main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    sourcemap: 'external',
    write: false,
    outdir: outDir,
    entryNames: 'app',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'assets'), { recursive: true });
  const js = bundle.outputFiles.find((f) => f.path.endsWith('app.js'));
  if (!js) throw new Error('esbuild produced no app.js');
  const script = `app-${hashOf(js.contents)}.js`;
  for (const f of bundle.outputFiles) {
    const name = f.path.endsWith('app.js') ? script : f.path.endsWith('app.js.map') ? `${script}.map` : f.path.slice(f.path.lastIndexOf('/') + 1);
    const contents = f.path.endsWith('app.js') ? f.text.replace('//# sourceMappingURL=app.js.map', `//# sourceMappingURL=${script}.map`) : f.contents;
    await writeFile(join(outDir, name), contents);
  }
  const mapJson = JSON.stringify(buildMapAsset());
  const map = `assets/seoul-map-${hashOf(mapJson)}.json`;
  await writeFile(join(outDir, map), mapJson);
  const html = (await readFile(join(here, 'index.html'), 'utf8'))
    .replace('./app.js', `./${script}`)
    .replace('</head>', `<meta name="scpm-map" content="${map}">\n</head>`);
  await writeFile(join(outDir, 'index.html'), html);
  return { outDir, script, map, bytes: { script: js.contents.byteLength, map: Buffer.byteLength(mapJson) } };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const out = await buildWall(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_WALL_DIR);
  process.stdout.write(`wall built in ${Math.round(performance.now() - started)} ms: ${out.outDir} (app ${Math.round(out.bytes.script / 1024)} KB, map ${Math.round(out.bytes.map / 1024)} KB)\n`);
}
