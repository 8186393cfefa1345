/**
 * The comment and the summary as a reader sees them: `scripts/preview.mjs` renders them to HTML
 * (GFM and Mermaid, no network), headless Chromium opens each page, and the test checks that the
 * tables and the chart render without errors and that no report text ran as script. Screenshots
 * land in test-ladder-out/preview/*.png, which CI keeps as an artifact.
 *
 * Needs Debian's chromium at /usr/bin/chromium (`apt-get install -y chromium`); without it the test
 * is skipped with a loud message rather than passing silently.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);

if (!HAVE_CHROMIUM)
  console.warn(
    `\n${'!'.repeat(78)}\n!! PREVIEW TEST SKIPPED: ${CHROMIUM} is missing. Install it: apt-get install -y chromium\n${'!'.repeat(78)}\n`,
  );

/** Runs in the page (a string: this project's TypeScript has no DOM types). */
const IN_PAGE = `(() => ({
  tables: document.querySelectorAll('main table').length,
  charts: document.querySelectorAll('pre.mermaid').length,
  svgs: document.querySelectorAll('pre.mermaid svg').length,
  errors: (window.__mermaid && window.__mermaid.errors) || [],
  mermaidErrorText: [...document.querySelectorAll('pre.mermaid')].some((e) => /Syntax error/i.test(e.textContent || '')),
  injected: document.querySelectorAll('main img[src="x"], main script, main b').length,
}))()`;

interface Page {
  name: string;
  title: string;
  file: string;
}

describe.skipIf(!HAVE_CHROMIUM)('preview in headless Chromium', () => {
  let pages: Page[] = [];
  let outDir = '';
  let browser: BrowserContext;
  let profile = '';

  beforeAll(async () => {
    const preview = (await import(pathToFileURL(path.resolve('scripts/preview.mjs')).href)) as {
      buildPreview: () => Promise<Page[]>;
      PREVIEW_DIR: string;
    };
    pages = await preview.buildPreview();
    outDir = preview.PREVIEW_DIR;
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(path.join(os.tmpdir(), 'test-ladder-chromium-'));
    // A fresh profile per run: nothing cached from an earlier preview can hide a problem.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 960, height: 800 },
      deviceScaleFactor: 1,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('renders every page: tables, the Mermaid chart as SVG, no errors, no script from report text', async () => {
    expect(pages.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'example-comment',
        'example-summary',
        'failing-floor-comment',
        'hostile-names-comment',
      ]),
    );
    const seen: Record<string, { tables: number; charts: number; svgs: number }> = {};
    for (const p of pages) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('dialog', (d) => {
        errors.push(`a dialog opened: ${d.message()}`);
        void d.dismiss();
      });
      // Nothing may leave the machine: every request must be for a local file.
      page.on('request', (req) => {
        if (!req.url().startsWith('file:') && !req.url().startsWith('data:'))
          errors.push(`network: ${req.url()}`);
      });
      await page.route(/^https?:/, (route) => route.abort());
      await page.goto(pathToFileURL(p.file).href);
      if (p.name !== 'badges') await page.waitForFunction('window.__mermaid.done', null, { timeout: 30_000 });
      const state = (await page.evaluate(IN_PAGE)) as {
        tables: number;
        charts: number;
        svgs: number;
        errors: string[];
        mermaidErrorText: boolean;
        injected: number;
      };
      await page.screenshot({ path: path.join(outDir, `${p.name}.png`), fullPage: true });
      await page.close();
      expect([...errors, ...state.errors], p.name).toEqual([]);
      expect(state.mermaidErrorText, p.name).toBe(false);
      expect(state.injected, `${p.name}: report text became HTML`).toBe(0);
      expect(state.svgs, `${p.name}: every chart is an SVG`).toBe(state.charts);
      seen[p.name] = { tables: state.tables, charts: state.charts, svgs: state.svgs };
    }
    expect(seen['failing-floor-comment']!.charts).toBe(1);
    expect(seen['failing-floor-comment']!.tables).toBeGreaterThanOrEqual(8);
    expect(seen['example-summary']!.tables).toBeGreaterThanOrEqual(4);
    expect(seen['hostile-names-comment']!.tables).toBeGreaterThanOrEqual(5);
    for (const p of pages) expect(existsSync(path.join(outDir, `${p.name}.png`))).toBe(true);
  }, 240_000);
});
