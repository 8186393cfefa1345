// Bundles the action (dist/index.js) and the CLI (dist/cli.js) as self-contained ESM files.
// ESM because @actions/* 3+ are ESM-only and use import.meta.url; the createRequire banner lets
// bundled CommonJS dependencies call require() for Node built-ins.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const banner =
  "import { createRequire as __tlCreateRequire } from 'node:module'; const require = __tlCreateRequire(import.meta.url);";

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The CLI must start on the Node a developer has (20+); the action runs on node24.
  target: 'node20',
  banner: { js: banner },
  legalComments: 'eof',
  // The same bytes whether node_modules is a real folder or a link (a scratch worktree that links
  // the main one's): module paths in the bundle are not resolved through links.
  preserveSymlinks: true,
  sourcemap: false,
  logLevel: 'warning',
});
