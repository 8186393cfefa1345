import { describe, expect, it } from 'vitest';
import { renderCoverageChart } from '../../src/report/chart.js';
import { coverageTrend } from '../../src/analysis/pace.js';
import type { LadderFigures } from '../../src/gates/ladder.js';

const ladder: LadderFigures = {
  metric: 'line',
  current: 80,
  covered: 80,
  total: 100,
  baseline: 70,
  tolerance: 0,
  target: 90,
  since: '2026-01-01',
  horizon: '2026-12-31',
  date: '2026-07-01',
  floor: 80,
  progress: 0.5,
};
const run = (date: string, coverage: number | null, id = date) => ({
  run_id: id,
  date,
  commit: null,
  coverage,
});

describe('renderCoverageChart', () => {
  it('says so in one line when there is no history to draw', () => {
    expect(renderCoverageChart(null)).toHaveLength(2);
    expect(renderCoverageChart(coverageTrend([run('2026-07-01', 80)], ladder))[0]).toMatch(
      /^📈 No coverage history yet: this run is the first point\./,
    );
  });

  it('draws coverage, the floor and the target as a Mermaid xychart-beta block with a legend', () => {
    const lines = renderCoverageChart(
      coverageTrend([run('2026-06-01', 78.456), run('2026-07-01', 80)], ladder),
    );
    const block = lines[0]!;
    expect(block.split('\n')).toEqual([
      '```mermaid',
      '%%{init: {"xyChart": {"height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "#2563eb, #ea580c, #16a34a"}}}}%%',
      'xychart-beta',
      '  title "Line coverage, last 2 runs"',
      '  x-axis ["06-01", "07-01"]',
      '  y-axis "%" 75 --> 95',
      '  line [78.46, 80.00]',
      `  line [${(70 + (20 * 151) / 364).toFixed(2)}, ${(70 + (20 * 181) / 364).toFixed(2)}]`,
      '  line [90.00, 90.00]',
      '```',
    ]);
    expect(lines[2]).toBe('<sub>🟦 line coverage · 🟧 floor · 🟩 target 90.00 %</sub>');
  });

  it('keeps labels unique (Mermaid merges equal categories), full dates across years, and only digits from history', () => {
    const t = coverageTrend(
      [
        run('2025-12-31', 70, 'a'),
        run('2026-07-01', 79, 'b'),
        run('2026-07-01', 80, 'c'),
        run('2026-07-01"]\nx', 80, 'd'),
      ],
      ladder,
    );
    const axis = renderCoverageChart(t)[0]!
      .split('\n')
      .find((l) => l.includes('x-axis'));
    expect(axis).toBe('  x-axis ["2025-12-31", "2026-07-01", "2026-07-01 #2", "2026-07-01 #3"]');
  });

  it('leaves out runs without a figure, and the floor and target lines when the ladder has none', () => {
    const flat = { ...ladder, target: null, horizon: null, since: null };
    const lines = renderCoverageChart(
      coverageTrend([run('2026-05-01', null), run('2026-06-01', 78), run('2026-07-01', 80)], flat),
    );
    expect(lines[0]!.match(/^ {2}line /gm)).toHaveLength(2);
    expect(lines[0]).toContain('x-axis ["06-01", "07-01"]');
    expect(lines[2]).toBe('<sub>🟦 line coverage · 🟧 floor</sub>');
  });

  it('counts runs on the axis past a dozen dates, which would overlap, and gives the span in the title', () => {
    const runs = Array.from({ length: 13 }, (_, i) =>
      run(`2026-06-${String(i + 1).padStart(2, '0')}`, 78 + i * 0.1),
    );
    const block = renderCoverageChart(coverageTrend(runs, ladder))[0]!;
    expect(block).toContain('  title "Line coverage, last 13 runs, 2026-06-01 to 2026-06-13"');
    expect(block).toContain('  x-axis "run, oldest first" 1 --> 13');
  });
});
