import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // The offline lab (emulator, PGlite, CodeMirror) loads lazily in large
    // chunks by design; the first-load budget is measured by npm run bench.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      onLog(level, log, handler) {
        // PGlite's Emscripten glue uses eval in code paths the app never
        // runs (the CSP forbids eval; the e2e tests listen for violations).
        const isPgliteEval =
          log.code === 'EVAL' && log.id?.includes('@electric-sql/pglite');
        if (!isPgliteEval) handler(level, log);
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
