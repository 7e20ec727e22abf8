/**
 * @module wall/build
 * Builds the wall into `dist/wall`: the PixiJS app bundled by esbuild (content-hashed), the map
 * asset prepared from db/reference (projected, simplified, quantized: parsed once here, not at
 * every start) and `index.html` pointing at both; and the tablet remote (`tablet.html`, served at
 * `/tablet`) and the officials' call page (`call.html`, at `/call`), each with its own content-hashed script. `npx tsx wall/build.ts [outDir]`.
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
  /** The tablet remote's script, loaded by `tablet.html`. */
  tabletScript: string;
  /** The officials' call page's script, loaded by `call.html`. */
  callScript: string;
  map: string;
  bytes: { script: number; tablet: number; call: number; map: number };
}

/** The bundles: the wall app, the tablet remote and the officials' call page. */
const ENTRIES = { app: 'src/main.ts', tablet: 'src/tablet/main.ts', call: 'src/calls/call-page.ts' } as const;

const hashOf = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex').slice(0, 12);

export async function buildWall(outDir = DEFAULT_WALL_DIR): Promise<WallBuild> {
  const bundle = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, join(here, file)])),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    sourcemap: 'external',
    write: false,
    outdir: outDir,
    entryNames: '[name]',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, 'assets'), { recursive: true });
  // `app.js` → `app-<hash>.js`, `tablet.js` → `tablet-<hash>.js`, each with its source map.
  const hashed = new Map<string, { name: string; bytes: number }>();
  for (const entry of Object.keys(ENTRIES)) {
    const js = bundle.outputFiles.find((f) => f.path.endsWith(`/${entry}.js`));
    if (!js) throw new Error(`esbuild produced no ${entry}.js`);
    hashed.set(`${entry}.js`, { name: `${entry}-${hashOf(js.contents)}.js`, bytes: js.contents.byteLength });
  }
  for (const f of bundle.outputFiles) {
    const file = f.path.slice(f.path.lastIndexOf('/') + 1);
    const isMap = file.endsWith('.js.map');
    const js = hashed.get(isMap ? file.slice(0, -'.map'.length) : file);
    const name = js ? (isMap ? `${js.name}.map` : js.name) : file;
    const contents = js && !isMap ? f.text.replace(`//# sourceMappingURL=${file}.map`, `//# sourceMappingURL=${js.name}.map`) : f.contents;
    await writeFile(join(outDir, name), contents);
  }
  const script = hashed.get('app.js')!.name;
  const tabletScript = hashed.get('tablet.js')!.name;
  const mapJson = JSON.stringify(buildMapAsset());
  const map = `assets/seoul-map-${hashOf(mapJson)}.json`;
  await writeFile(join(outDir, map), mapJson);
  const html = (await readFile(join(here, 'index.html'), 'utf8'))
    .replace('./app.js', `./${script}`)
    .replace('</head>', `<meta name="scpm-map" content="${map}">\n</head>`);
  await writeFile(join(outDir, 'index.html'), html);
  // Served at /tablet (and /wall/tablet.html): the script by its absolute address.
  const tablet = (await readFile(join(here, 'tablet.html'), 'utf8')).replace('./tablet.js', `/wall/${tabletScript}`);
  await writeFile(join(outDir, 'tablet.html'), tablet);
  // Served at /call: answering and placing calls from an official's browser or tablet.
  const callScript = hashed.get('call.js')!.name;
  const callPage = (await readFile(join(here, 'call.html'), 'utf8')).replace('./call.js', `/wall/${callScript}`);
  await writeFile(join(outDir, 'call.html'), callPage);
  return {
    outDir,
    script,
    tabletScript,
    callScript,
    map,
    bytes: { script: hashed.get('app.js')!.bytes, tablet: hashed.get('tablet.js')!.bytes, call: hashed.get('call.js')!.bytes, map: Buffer.byteLength(mapJson) },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const out = await buildWall(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_WALL_DIR);
  process.stdout.write(`wall built in ${Math.round(performance.now() - started)} ms: ${out.outDir} (app ${Math.round(out.bytes.script / 1024)} KB, tablet ${Math.round(out.bytes.tablet / 1024)} KB, call page ${Math.round(out.bytes.call / 1024)} KB, map ${Math.round(out.bytes.map / 1024)} KB)\n`);
}
