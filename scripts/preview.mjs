/* global process, console */
// `npm run preview`: the PR comment and the job summary as a reader sees them. Runs the CLI (bundled
// from src/ into a temporary folder) on examples/ over several days, each run continuing the last
// one's history, re-renders the comment from the last checkpoint as a `publish` step would, adds the
// golden scenarios, and writes each as an HTML page (GFM by marked, charts by Mermaid served from
// node_modules, no network) under test-ladder-out/preview/. __tests__/preview/ opens the pages in
// headless Chromium and saves screenshots beside them.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Marked } from 'marked';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PREVIEW_DIR = path.join(ROOT, 'test-ladder-out', 'preview');
/** The example is judged on these days, each run continuing the previous one's history.json. */
const DAYS = ['2026-10-06', '2026-10-20', '2026-11-03', '2026-11-22'];

/** Bundles TypeScript from src/ and __tests__/ so plain Node can run it; no build of dist/ needed. */
async function bundle(tmp, name, options) {
  const outfile = path.join(tmp, `${name}.mjs`);
  await build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __tlCreateRequire } from 'node:module'; const require = __tlCreateRequire(import.meta.url);",
    },
    ...options,
  });
  return outfile;
}

const RENDER_ENTRY = `
export { renderCommentFromCheckpoint, parseCheckpoint } from './src/report/checkpoint.ts';
export { renderComment } from './src/report/comment.ts';
export { renderSummary } from './src/report/summary.ts';
export { badgeSvg, badgeText } from './src/report/badge.ts';
export { scenarios } from './__tests__/golden/report/scenarios.ts';
`;

/** The example run over several days; the last checkpoint's path (it carries the whole result), or null. */
function runExample(cli, tmp) {
  let previous = null;
  for (const day of DAYS) {
    const out = path.join(tmp, `run-${day}`);
    const args = [
      cli,
      'run',
      '--config',
      'examples/test-ladder.yml',
      '--coverage',
      'examples/reports/coverage.xml',
    ];
    args.push('--tests', 'examples/reports/junit.xml', '--out', out, '--date', day);
    if (previous) args.push('--history', previous);
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TEST_LADDER_NOW: `${day}T09:00:00.000Z`, NO_COLOR: '1' },
    });
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(
        `preview: the CLI failed on ${day} (exit ${r.status}):\n${r.stderr || r.stdout}\n`,
      );
      return null;
    }
    previous = out;
  }
  return path.join(previous, 'foundation.checkpoint.json');
}

function markdownToHtml(markdown) {
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      code({ text, lang }) {
        if (lang !== 'mermaid') return false;
        return `<pre class="mermaid">${escapeHtml(text)}</pre>\n`;
      },
    },
  });
  return marked.parse(markdown);
}

function escapeHtml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// Close to GitHub's comment styles, so a screenshot tells what a reviewer sees.
const CSS = `
body { font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
main { max-width: 880px; margin: 16px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 24px; }
header.preview { max-width: 880px; margin: 16px auto 0; color: #59636e; font-size: 12px; }
h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
h3 { font-size: 1.25em; margin-top: 24px; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 16px; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; border-radius: 6px; padding: .2em .4em; }
pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
pre code { background: none; padding: 0; }
pre.mermaid { background: #fff; text-align: center; }
details { margin: 0 0 16px; } summary { cursor: pointer; }
sub { color: #59636e; }
a { color: #0969da; text-decoration: none; }
`;

function page(title, markdown, { openDetails = false } = {}) {
  const body = markdownToHtml(markdown);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${CSS}</style></head>
<body><header class="preview">${escapeHtml(title)}</header><main>
${openDetails ? body.replace(/<details>/g, '<details open>') : body}
</main>
<script src="mermaid.min.js"></script>
<script>
window.__mermaid = { errors: [], done: false };
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
mermaid.parseError = (e) => window.__mermaid.errors.push(String(e && e.message || e));
mermaid.run({ querySelector: 'pre.mermaid' })
  .catch((e) => window.__mermaid.errors.push(String(e && e.message || e)))
  .finally(() => { window.__mermaid.done = true; });
</script>
</body></html>
`;
}

/** Builds every page; returns them as {name, title, file}. */
export async function buildPreview({ outDir = PREVIEW_DIR } = {}) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'test-ladder-preview-'));
  try {
    const cli = await bundle(tmp, 'cli', { entryPoints: [path.join(ROOT, 'src/cli.ts')] });
    const render = await bundle(tmp, 'render', {
      stdin: { contents: RENDER_ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'preview-entry.ts' },
    });
    const last = runExample(cli, tmp);
    const r = await import(pathToFileURL(render).href);

    mkdirSync(outDir, { recursive: true });
    const require = createRequire(import.meta.url);
    copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), path.join(outDir, 'mermaid.min.js'));

    const pages = [];
    const add = (name, title, markdown, opts) => {
      const file = path.join(outDir, `${name}.html`);
      writeFileSync(file, page(title, markdown, opts));
      writeFileSync(path.join(outDir, `${name}.md`), markdown);
      pages.push({ name, title, file });
    };

    // The example exactly as a publish step would post it: from the checkpoint alone. When the CLI
    // cannot run from this source tree, the example's reports through the pure pipeline pieces stand
    // in, and the page says so.
    let example;
    try {
      const checkpoint = readFileSync(last ?? '', 'utf8');
      const { result, artifacts } = r.parseCheckpoint(checkpoint);
      const comment = r.renderCommentFromCheckpoint(checkpoint, { key: 'preview' }).body;
      example = {
        result,
        artifacts,
        comment,
        via: `the CLI, ${DAYS.length} runs, re-rendered from the checkpoint`,
      };
    } catch (e) {
      process.stderr.write(
        `preview: WARNING: no usable checkpoint from the CLI (${e.message}); using the pure pipeline on examples/\n`,
      );
      const s = r.scenarios()[0];
      example = {
        ...s,
        comment: r.renderComment(s.result, s.artifacts, 'preview').body,
        via: 'the pure pipeline (the CLI did not run)',
      };
    }
    add(
      'example-comment',
      `PR comment: the example run of ${DAYS.at(-1)}, via ${example.via}`,
      example.comment,
    );
    add(
      'example-summary',
      `Job summary: the example run of ${DAYS.at(-1)}, via ${example.via}`,
      r.renderSummary(example.result, example.artifacts),
    );
    for (const s of r.scenarios()) {
      const comment = r.renderComment(s.result, s.artifacts, 'preview', s.limit);
      add(`${s.name}-comment`, `PR comment: ${s.title} (stage ${comment.stage})`, comment.body, {
        openDetails: s.name === 'failing-floor',
      });
    }
    const badge = r
      .scenarios()
      .map((s) => r.badgeSvg(r.badgeText(s.result)))
      .join('&nbsp;');
    writeFileSync(
      path.join(outDir, 'badges.html'),
      `<!doctype html><meta charset="utf-8"><body style="padding:16px">${badge}</body>`,
    );
    pages.push({ name: 'badges', title: 'Badges', file: path.join(outDir, 'badges.html') });

    const index = pages
      .map((p) => `<li><a href="${path.basename(p.file)}">${escapeHtml(p.title)}</a></li>`)
      .join('\n');
    writeFileSync(
      path.join(outDir, 'index.html'),
      `<!doctype html><meta charset="utf-8"><title>test-ladder preview</title><ul>\n${index}\n</ul>\n`,
    );
    return pages;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pages = await buildPreview();
  for (const p of pages) console.log(`${p.title}\n  ${p.file}`);
  console.log(
    `\nopen ${path.join(PREVIEW_DIR, 'index.html')}; screenshots: npx vitest run __tests__/preview`,
  );
}
