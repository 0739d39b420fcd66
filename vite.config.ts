import { defineConfig } from 'vite';

// The demo playground (demo/) served by Vite. COOP/COEP make the page cross-origin isolated so
// WASM threads are available to the model runtime that later issues add.
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export default defineConfig({
  root: 'demo',
  publicDir: '../public',
  server: { headers: isolation, host: '127.0.0.1' },
  preview: { headers: isolation, host: '127.0.0.1' },
  build: { outDir: '../dist-demo', emptyOutDir: true, target: 'es2022' },
});
