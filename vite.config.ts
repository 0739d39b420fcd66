import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The package's `models/` folder at `/models/` for the playground: served from the repository in
 * `vite` and `vite preview`, copied into the build. The demo passes `models: { baseUrl: '/models/' }`.
 */
function serveModels(): Plugin {
  const dir = resolve(__dirname, 'models');
  const types: Record<string, string> = { '.json': 'application/json', '.onnx': 'application/octet-stream' };
  const middleware = (req: { url?: string }, res: { setHeader(k: string, v: string): void; end(): void } & NodeJS.WritableStream, next: () => void): void => {
    const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    if (!url.startsWith('/models/')) return next();
    const path = resolve(dir, `.${url.slice('/models'.length)}`);
    if (!path.startsWith(dir + '/') || !existsSync(path) || !statSync(path).isFile()) return next();
    res.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
    createReadStream(path).pipe(res);
  };
  let outDir = '';
  return {
    name: 'prompt-bouncer-models',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
    closeBundle: () => cpSync(dir, join(outDir, 'models'), { recursive: true, filter: (src) => !src.endsWith('.md') }),
  };
}

// The demo playground (demo/) served by Vite. COOP/COEP make the page cross-origin isolated so
// WASM threads are available to the model runtime that later issues add.
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  root: 'demo',
  plugins: [serveModels()],
  publicDir: '../public',
  server: { headers: isolation, host: '127.0.0.1' },
  preview: { headers: isolation, host: '127.0.0.1' },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});
