import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/analysis/run-result.js';
import { analyzeGaps } from '../../src/analysis/gaps.js';
import { ratio, sum } from '../../src/analysis/totals.js';
import { DEFAULT_CONFIG } from '../../src/config/types.js';
import { judgeLadder } from '../../src/gates/ladder.js';
import { COMMENT_LIMIT, commentMarker, renderComment } from '../../src/report/comment.js';

/** A run over `n` files with long paths, failing the ladder: enough text to need the budget. */
function result(n: number, pathLength = 200): RunResult {
  const files = Array.from({ length: n }, (_, i) => ({
    path: `src/${'deep/'.repeat(pathLength / 5)}file${i}.py`,
    lines: ratio(i % 7, 10),
    branches: ratio(0, 0),
  }));
  const t = { lines: sum(files.map((f) => f.lines)), branches: ratio(0, 0), files };
  const ladder = { ...DEFAULT_CONFIG.coverage, baseline: 80 };
  const judged = judgeLadder(ladder, t.lines, '2026-11-22');
  return {
    tool: { name: 'test-ladder', version: '0.0.0' },
    run: {
      id: '1',
      attempt: 1,
      correlationId: 'c',
      commit: null,
      ref: null,
      repository: null,
      startedAt: '2026-11-22T00:00:00.000Z',
      date: '2026-11-22',
    },
    config: { ...DEFAULT_CONFIG, coverage: ladder },
    coverage: {
      inputs: [{ file: 'coverage.xml', format: 'cobertura' }],
      totals: t,
      paths: { mapped: n, unmapped: [], bySuffix: 0, suggestedPrefix: null, prefixSuggestion: null },
      baseDelta: null,
      tiers: [],
      ratchet: null,
      patch: null,
      base: null,
      delta: null,
      gaps: analyzeGaps(t, 'line', { floor: 80, target: null }),
    },
    ladder: judged.figures,
    tests: null,
    environment: null,
    verdicts: [judged.verdict],
    status: judged.verdict.status,
  };
}

const artifacts = Array.from({ length: 14 }, (_, i) => ({ name: `a${i}.json`, sha256: 'f'.repeat(64) }));

describe('renderComment', () => {
  it('a small run fits whole (stage 0), marker first', () => {
    const c = renderComment(result(5), artifacts, 'coverage');
    expect(c.stage).toBe(0);
    expect(c.body.startsWith('<!-- test-ladder:comment key=coverage -->\n## ❌ test-ladder fail')).toBe(true);
    expect(c.body).toContain('Artifacts and their SHA-256');
  });

  it('degrades in stages under a limit and always keeps verdict, ladder line and failing reasons', () => {
    const r = result(40);
    const full = renderComment(r, artifacts, 'k').body.length;
    const seen = new Set<number>();
    for (let limit = full; limit >= 600; limit -= 97) {
      const c = renderComment(r, artifacts, 'k', limit);
      expect(c.body.length).toBeLessThanOrEqual(limit);
      seen.add(c.stage);
      expect(c.body).toContain('❌ test-ladder fail');
      expect(c.body).toContain('line coverage');
      expect(c.body).toContain('COVERAGE_REGRESSION');
    }
    expect([...seen].sort()).toEqual([0, 1, 2, 3]);
  });

  it('cuts tables to "… N more" rather than dropping them', () => {
    const r = result(40);
    let limit = renderComment(r, artifacts, 'k').body.length;
    let c = renderComment(r, artifacts, 'k', limit);
    while (c.stage < 2) c = renderComment(r, artifacts, 'k', (limit -= 50));
    expect(c.stage).toBe(2);
    expect(c.body).toMatch(/\| … \d+ more \|/);
  });

  it('fits GitHub’s limit for a huge run', () => {
    const c = renderComment(result(20_000, 400), artifacts, 'k');
    expect(c.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  it('a key cannot forge or close the marker', () => {
    const m = commentMarker('a --> <!-- test-ladder:comment key=b');
    expect(m).toBe('<!-- test-ladder:comment key=a_--____--_test-ladder_comment_key_b -->');
    expect(m.indexOf('-->')).toBe(m.length - 3);
    expect(commentMarker('')).toBe('<!-- test-ladder:comment key=default -->');
  });
});
