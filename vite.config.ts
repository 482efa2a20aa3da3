import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is served from file:// in Electron and from the browser host's root: relative asset paths serve both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    // One bundle read from disk (never the network); the editor (ProseMirror) takes it past Vite's 500 kB hint.
    chunkSizeWarningLimit: 1200,
  },
});
