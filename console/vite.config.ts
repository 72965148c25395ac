import { defineConfig } from 'vite';

// The node serves the console at /console/ from its classpath (console/ in the jar), so the
// bundle is written straight into Maven's target/classes and packaged by the jar plugin.
export default defineConfig({
  base: '/console/',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: 'target/classes/console',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
});
