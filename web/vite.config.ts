/**
 * npm run build:web → web/dist: static files that work from any web server and from file://.
 * One classic script (IIFE, no module, no dynamic import: browsers refuse module scripts from file://),
 * relative URLs (base './'), and the library imported from its source as `iwmo-ijw`, the way a user's
 * bundler resolves the package's browser entry.
 *
 * One exception to the browser entry: the page takes the validators of all 28 messages into its one
 * script (`#validators` → the static set) instead of loading each message's validator when a message
 * of that type comes along. The page promises that nothing crosses the network once it has loaded
 * (and it is meant to be saved and opened offline); a validator fetched later would break that
 * promise for about 80 KB gzipped. Apps built on the browser entry get the validators per message.
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
  resolve: { alias: { 'iwmo-ijw': here('../src/index.ts'), '#validators': here('../src/schema/validators/all.generated.js') } },
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
