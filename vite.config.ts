import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The renderer is built once and served by both hosts (HTTP and Electron's app:// scheme),
// so asset URLs are relative.
export default defineConfig({
  root: fromRoot('./src-renderer'),
  base: './',
  plugins: [react()],
  resolve: {
    alias: { '@contract': fromRoot('./src-main/contract/index.ts') },
  },
  build: {
    outDir: fromRoot('./dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    target: 'es2022',
  },
});
