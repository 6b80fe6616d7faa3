// Build of the three targets. Main also carries the browser shell (serve) and the CLI,
// which reuse the same services without Electron. The preload is CJS so it loads in a
// sandboxed renderer, and bundles its (zod-free) imports because a sandboxed preload
// cannot require npm modules.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * The renderer's entry loads the app chunk only once its first database read is under way
 * (src-renderer/main.tsx). A modulepreload link lets the browser fetch and compile that chunk
 * from the start meanwhile; the import then only runs it.
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'manabi-preload-app-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/start-app.tsx'),
        );
        if (!chunk) throw new Error('the app chunk (start-app.tsx) was not found in the build');
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src-main/shells/electron/main.ts'),
          serve: resolve(__dirname, 'src-main/shells/browser/serve.ts'),
          cli: resolve(__dirname, 'src-main/cli/cli.ts'),
          'import-worker': resolve(__dirname, 'src-main/services/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/shells/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    // Relative asset URLs: the same build loads from file:// in Electron and under the
    // browser shell's per-run token path.
    base: './',
    plugins: [react(), preloadAppChunk()],
    build: {
      outDir: 'out/renderer',
      // Minified: a smaller bundle parses and compiles sooner, so the map paints sooner.
      // MANABI_NO_MINIFY=1 keeps function names readable in CPU profiles.
      minify: !process.env.MANABI_NO_MINIFY,
      rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
