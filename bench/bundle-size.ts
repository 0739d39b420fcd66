/**
 * @module bench/bundle-size — what each entry of the exports map costs a browser bundle: esbuild
 * bundles every entry (minified, ESM, browser platform, code splitting so lazily imported parts
 * become their own chunks), and we report the gzip size of the entry's static graph (what an
 * `import` pulls in before anything lazy loads) and of everything it can load lazily (tokenizer,
 * phone metadata, public-suffix list, the worker transport, onnxruntime-web's JS glue), plus the
 * model files. The .wasm binaries of onnxruntime-web are listed apart.
 *
 * Run: `npx tsx bench/bundle-size.ts` (writes bench/results/bundle-size.json). test/node/size.test.ts
 * checks the core entry's budget with the same function.
 */
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Entries measured: the browser-facing subpaths of the exports map (./node is Node-only). */
export const ENTRIES: Readonly<Record<string, string>> = {
  '.': 'src/index.ts',
  './scanners': 'src/scanners/index.ts',
  './presets': 'src/presets/index.ts',
  './worker': 'src/worker/index.ts',
};

/** Sizes of one entry, in bytes. */
export interface EntrySize {
  readonly entry: string;
  /** gzip of the entry chunk and the chunks it imports statically. */
  readonly staticGzip: number;
  readonly staticMin: number;
  /** gzip of every chunk it can reach, lazy ones included. */
  readonly totalGzip: number;
  /** npm packages in the static graph (what an import pulls in at once). */
  readonly staticPackages: readonly string[];
}

function gz(bytes: Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).byteLength;
}

/** Bundle one entry and measure it. */
export async function measureEntry(entry: string, file: string): Promise<EntrySize> {
  const outdir = join(ROOT, '.scratch', 'bundle-size', entry.replace(/[^a-z]/gi, '_') || 'root');
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    entryPoints: [join(ROOT, file)],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir,
    metafile: true,
    write: true,
    logLevel: 'silent',
    // Node-only files are reached only through guarded dynamic imports; browsers never load them.
    external: ['node:*'],
    loader: { '.wasm': 'file' },
  });
  const meta: Metafile = result.metafile;
  const outputs = meta.outputs;
  // Lazily imported modules are entry points too: pick the output of this entry's own file.
  const own = relative(process.cwd(), join(ROOT, file));
  const entryOut = Object.keys(outputs).find((k) => outputs[k]?.entryPoint === own) as string;
  const staticSet = new Set<string>();
  const walk = (k: string): void => {
    if (staticSet.has(k)) return;
    staticSet.add(k);
    for (const imp of outputs[k]?.imports ?? []) if (imp.kind === 'import-statement' && outputs[imp.path] !== undefined) walk(imp.path);
  };
  walk(entryOut);
  const js = Object.keys(outputs).filter((k) => k.endsWith('.js'));
  const size = (ks: Iterable<string>): { min: number; gzip: number } => {
    let min = 0;
    let gzip = 0;
    for (const k of ks) {
      const bytes = readFileSync(join(ROOT, k));
      min += bytes.byteLength;
      gzip += gz(bytes);
    }
    return { min, gzip };
  };
  const st = size(staticSet);
  const packages = new Set<string>();
  for (const k of staticSet) {
    for (const input of Object.keys(outputs[k]?.inputs ?? {})) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      if (m !== null) packages.add(m[1] as string);
    }
  }
  return { entry, staticGzip: st.gzip, staticMin: st.min, totalGzip: size(js).gzip, staticPackages: [...packages].sort() };
}

/** Model files, per model (bytes on disk and gzip). */
export function modelSizes(): Array<{ id: string; bytes: number; gzip: number }> {
  const dir = join(ROOT, 'models');
  return readdirSync(dir)
    .filter((d) => statSync(join(dir, d)).isDirectory())
    .map((id) => {
      let bytes = 0;
      let gzip = 0;
      for (const f of readdirSync(join(dir, id))) {
        if (f.endsWith('.md')) continue;
        const b = readFileSync(join(dir, id, f));
        bytes += b.byteLength;
        gzip += gz(b);
      }
      return { id, bytes, gzip };
    });
}

const kb = (b: number): string => `${(b / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const entries: EntrySize[] = [];
  for (const [e, f] of Object.entries(ENTRIES)) entries.push(await measureEntry(e, f));
  console.log('entry                static (min)   static (gzip)   with lazy chunks (gzip)');
  for (const s of entries) console.log(`${s.entry.padEnd(20)} ${kb(s.staticMin).padStart(12)}   ${kb(s.staticGzip).padStart(13)}   ${kb(s.totalGzip).padStart(12)}   static deps: ${s.staticPackages.join(', ') || 'none'}`);
  const models = modelSizes();
  console.log('\nmodel                files        gzip');
  for (const m of models) console.log(`${m.id.padEnd(20)} ${kb(m.bytes).padStart(10)}  ${kb(m.gzip).padStart(10)}`);
  const wasmDir = join(ROOT, 'node_modules/onnxruntime-web/dist');
  const wasm = readdirSync(wasmDir).filter((f) => f.endsWith('.wasm')).map((f) => ({ file: f, bytes: statSync(join(wasmDir, f)).size }));
  console.log('\nonnxruntime-web binaries (loaded once, only by model scanners):');
  for (const w of wasm) console.log(`  ${w.file.padEnd(40)} ${kb(w.bytes)}`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/bundle-size.json'), `${JSON.stringify({ command: 'npx tsx bench/bundle-size.ts', date: new Date().toISOString(), entries, models, wasm, note: relative(ROOT, 'esbuild minified ESM, browser platform, splitting; gzip -9') }, null, 2)}\n`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
