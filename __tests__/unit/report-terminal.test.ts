import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/analysis/run-result.js';
import type { CoverageReport } from '../../src/model/coverage.js';
import { compareCoverage, explainDrop } from '../../src/analysis/delta.js';
import { mapReportPaths } from '../../src/analysis/paths.js';
import { describePrefixSuggestion, suggestPathPrefix } from '../../src/analysis/prefix.js';
import { proposeBaseline } from '../../src/analysis/ratchet.js';
import { totals } from '../../src/analysis/totals.js';
import { progressLine, renderTerminal } from '../../src/report/terminal.js';
import { failingFloor, hostileNames, passingFirstRun } from '../golden/report/scenarios.js';
import { fileCoverage } from '../helpers/coverage.js';

describe('renderTerminal', () => {
  it('prints the headline, the ladder line and every gate; colour only when asked', () => {
    const plainText = renderTerminal(passingFirstRun().result, { color: false });
    expect(plainText.split('\n')[0]).toBe('✅ test-ladder pass: line coverage 77.38 % (floor 77.10 %)');
    expect(plainText).toContain('  77.38 % line coverage · baseline 75.30 %');
    expect(plainText).toMatch(/^ {2}tiers +skipped +NO_TIERS: no coverage tiers are configured$/m);
    // eslint-disable-next-line no-control-regex
    expect(plainText).not.toMatch(/\x1b/);
    const colour = renderTerminal(failingFloor().result, { color: true });
    expect(colour.startsWith('\x1b[1m\x1b[31m❌ test-ladder fail')).toBe(true);
  });

  it('drops control characters from report text: no escape sequence reaches the terminal', () => {
    const r = hostileNames().result;
    const evil = {
      ...r,
      verdicts: [
        {
          gate: 'x\x1b[2J',
          status: 'fail' as const,
          reasons: [{ code: 'C', message: 'a\x1b]0;title\x07b', evidence: {} }],
        },
      ],
    };
    // eslint-disable-next-line no-control-regex
    expect(renderTerminal(evil, { color: false })).not.toMatch(/[\x00-\x09\x0b-\x1f]/);
  });
});

/** A report of whole-line files: `covered` of `lines` lines hit, per path. */
function report(files: Record<string, readonly [covered: number, lines: number]>): CoverageReport {
  return {
    sources: [{ file: 'coverage.xml', format: 'cobertura', roots: [] }],
    files: Object.entries(files).map(([path, [covered, lines]]) =>
      fileCoverage({
        path,
        lines: Array.from({ length: lines }, (_, i) => i + 1),
        hits: Array.from({ length: lines }, (_, i) => (i < covered ? 1 : 0)),
      }),
    ),
  };
}

function withCoverage(r: RunResult, coverage: Partial<RunResult['coverage']>): RunResult {
  return { ...r, coverage: { ...r.coverage, ...coverage } };
}

// eslint-disable-next-line no-control-regex
const ESC = /\x1b\[[0-9;]*m/g;

describe('renderTerminal: what the job summary shows beyond the gates', () => {
  it('the ratchet proposal, with its reason, and why the baseline holds when nothing is proposed', () => {
    const r = passingFirstRun().result;
    const { current, floor } = r.ladder;
    const ladder = r.config.coverage;
    // A step half the measured rise proposes; one twice the rise holds.
    const rise = current! - floor!;
    const raise = proposeBaseline(current, { ...ladder, ratchet: { step: rise / 2 } }, r.run.date);
    expect(raise.proposed).not.toBeNull();
    const shown = renderTerminal(withCoverage(r, { ratchet: raise }), { color: false });
    expect(shown).toContain(`\n  ratchet: RATCHET_RAISE: ${raise.reason.message}\n`);
    expect(shown).toContain(`raise coverage.baseline to ${raise.proposed!.toFixed(2)}`);

    const hold = proposeBaseline(current, { ...ladder, ratchet: { step: rise * 2 } }, r.run.date);
    expect(hold.proposed).toBeNull();
    expect(renderTerminal(withCoverage(r, { ratchet: hold }), { color: false })).toContain(
      `\n  ratchet: RATCHET_HOLD: ${hold.reason.message}\n`,
    );
    // No ratchet configured: no line.
    expect(renderTerminal(r, { color: false })).not.toContain('ratchet:');
    // In colour a proposal is green, a hold dim; the text is the same.
    const colour = renderTerminal(withCoverage(r, { ratchet: raise }), { color: true });
    expect(colour).toContain('\x1b[32mRATCHET_RAISE\x1b[0m');
    expect(colour.replace(ESC, '')).toBe(shown);
  });

  it('reported paths that match no repository file, with the path-prefix that would map them', () => {
    const r = passingFirstRun().result;
    const repoFiles = new Set(['services/api/src/a.ts', 'services/api/src/b.ts', 'services/api/src/c.ts']);
    const ctx = { workspace: '/home/runner/work/r/r', repoFiles };
    const mapped = mapReportPaths(
      report({ '/app/src/a.ts': [1, 2], '/app/src/b.ts': [2, 2], '/app/src/c.ts': [0, 2] }),
      ctx,
    );
    const suggestion = suggestPathPrefix(mapped.mappings, ctx);
    expect(suggestion).not.toBeNull();
    const paths = { ...mapped.summary, prefixSuggestion: describePrefixSuggestion(suggestion!) };
    const shown = renderTerminal(withCoverage(r, { paths }), { color: false });
    expect(shown).toContain(`\n  paths: ${paths.prefixSuggestion}\n`);
    expect(shown).toContain(`${paths.unmapped.length} coverage paths match no file in the repository`);

    // No suggestion: the count and the first five paths, one line, control characters dropped.
    const unmapped = ['x/1.py', 'x/2\n.py', 'x/3\x1b[2J.py', 'x/4.py', 'x/5.py', 'x/6.py', 'x/7.py'];
    const lost = renderTerminal(withCoverage(r, { paths: { ...paths, unmapped, prefixSuggestion: null } }), {
      color: true,
    });
    expect(lost).toContain(
      '\x1b[33mpaths\x1b[0m: 7 reported path(s) match no file in the repository: x/1.py, x/2 .py, x/3[2J.py, x/4.py, x/5.py and 2 more\n',
    );
    expect(lost.replace(ESC, '')).not.toContain('\x1b');

    // Paths found only by their tail under one folder: the folder the reports were written in.
    const bySuffix = mapReportPaths(report({ 'src/a.ts': [1, 1], 'src/b.ts': [1, 1] }), ctx).summary;
    expect(bySuffix.suggestedPrefix).not.toBeNull();
    expect(
      renderTerminal(withCoverage(r, { paths: { ...bySuffix, prefixSuggestion: null } }), { color: false }),
    ).toContain(
      `\n  paths: ${bySuffix.bySuffix} path(s) were found only under ${bySuffix.suggestedPrefix}: the reports were written relative to that folder\n`,
    );
    // Every path mapped: no line.
    expect(renderTerminal(r, { color: false })).not.toContain('paths:');
  });

  it('the delta against the base run, and a drop that only removed code explains', () => {
    const r = passingFirstRun().result;
    const base = report({ 'src/a.py': [8, 10], 'src/gone.py': [10, 10] });
    const head = report({ 'src/a.py': [8, 10] });
    const delta = compareCoverage(base, head, 'line');
    const explanation = explainDrop(delta);
    expect(explanation?.code).toBe('DROP_FROM_REMOVED_CODE');
    const t = totals(base);
    const withBase = withCoverage(r, {
      base: { source: 'base-run/coverage.xml', lines: t.lines, branches: t.branches },
      baseDelta: { delta, explanation },
    });
    const shown = renderTerminal(withBase, { color: false });
    const before = `${delta.before.percent!.toFixed(2)} %`;
    const after = `${delta.after.percent!.toFixed(2)} %`;
    expect(shown).toContain(
      `\n  base: ${before} → ${after} (${delta.change!.toFixed(2)} pp); 1 file(s) changed, 0 added, 1 removed (base run base-run/coverage.xml)\n        DROP_FROM_REMOVED_CODE: ${explanation!.message}\n`,
    );

    // A failing ladder lists the explanation among its reasons (main.ts does): shown once.
    const failing: RunResult = {
      ...withBase,
      verdicts: withBase.verdicts.map((v) =>
        v.gate === 'ladder' ? { ...v, status: 'fail', reasons: [...v.reasons, explanation!] } : v,
      ),
    };
    expect(renderTerminal(failing, { color: false }).split('DROP_FROM_REMOVED_CODE').length).toBe(2);

    // A drop the removed code does not explain: the delta alone.
    const worse = compareCoverage(base, report({ 'src/a.py': [5, 10], 'src/gone.py': [10, 10] }), 'line');
    expect(explainDrop(worse)).toBeNull();
    const plainDrop = renderTerminal(withCoverage(r, { baseDelta: { delta: worse, explanation: null } }), {
      color: false,
    });
    expect(plainDrop).toMatch(/\n {2}base: [^\n]*; 1 file\(s\) changed, 0 added, 0 removed\n/);
    expect(plainDrop).not.toContain('DROP_FROM_REMOVED_CODE');
    // No base run: no line.
    expect(renderTerminal(r, { color: false })).not.toContain('base:');
  });

  it('no line ends in blanks, and colour changes nothing but colour', () => {
    for (const s of [passingFirstRun(), failingFloor(), hostileNames()]) {
      const text = renderTerminal(s.result, { color: false });
      expect(text).not.toMatch(/ $/m);
      expect(renderTerminal(s.result, { color: true }).replace(ESC, '')).toBe(text);
    }
  });
});

describe('progressLine', () => {
  it('says what is read, how far, how long and how fast', () => {
    expect(
      progressLine({
        file: 'coverage.xml',
        bytesRead: 12 * 1024 * 1024,
        totalBytes: 48 * 1024 * 1024,
        elapsedMs: 1500,
      }),
    ).toBe('reading coverage.xml: 12.0 MiB of 48.0 MiB (25 %), 1.50 s, 8.0 MiB/s');
    expect(progressLine({ file: 'a\nb', bytesRead: 500, totalBytes: null, elapsedMs: 0 })).toBe(
      'reading a b: 500 B, 0 ms',
    );
  });
});
