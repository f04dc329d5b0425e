/**
 * npm run build:web → web/dist: static files that work from any web server and from file://.
 * One classic script (IIFE, no module, no dynamic import: browsers refuse module scripts from file://),
 * relative URLs (base './'), and the library imported from its source as `iwmo-ijw`, the way a user's
 * bundler resolves the package's browser entry.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));

/** Vite writes `<script type="module" crossorigin>`: make it a deferred classic script (file:// allows those). */
const classicScript = (): Plugin => ({
  name: 'iwmo-ijw-classic-script',
  enforce: 'post',
  transformIndexHtml: (html) => html.replace(/<script type="module" crossorigin src=/g, '<script defer src=').replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href='),
});

export default defineConfig({
  root: here('.'),
  base: './',
  resolve: { alias: { 'iwmo-ijw': here('../src/index.ts') } },
  plugins: [classicScript()],
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: { output: { format: 'iife', inlineDynamicImports: true, entryFileNames: 'assets/page-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' } },
  },
});
