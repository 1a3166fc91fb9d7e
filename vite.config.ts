// Vite builds the viewer (src/viewer) into dist/viewer; `npm run dev` proxies /api to `newsgraph serve`.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/viewer',
  base: './',
  build: { outDir: '../../dist/viewer', emptyOutDir: true, sourcemap: true },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': { target: process.env.NEWSGRAPH_API ?? 'http://127.0.0.1:5757', changeOrigin: false } },
  },
  worker: { format: 'es' },
});
