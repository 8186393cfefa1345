import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/analysis/merge.js';
import { mapReportPaths } from '../../src/analysis/paths.js';
import { totals } from '../../src/analysis/totals.js';
import { parseConfig } from '../../src/config/load.js';
import { parseCoverage } from '../../src/formats/coverage/detect.js';
import {
  addMonths,
  describeInit,
  floorPercent1,
  initConfig,
  initOptionsFrom,
  initPlan,
  type InitMeasurement,
} from '../../src/init.js';
import { InputError } from '../../src/model/errors.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-11-22';

function measurement(lines: [number, number], branches: [number, number] = [0, 0]): InitMeasurement {
  return {
    reports: ['coverage.xml'],
    formats: ['cobertura'],
    lines: { covered: lines[0], total: lines[1] },
    branches: { covered: branches[0], total: branches[1] },
    files: 3,
    unmapped: 0,
  };
}

/** What the CLI does: parse, map to repository paths, merge, total. */
function measure(files: string[]): InitMeasurement {
  const repoFiles = new Set([
    'examples/project/ladder_demo/__init__.py',
    ...['numbers', 'parser', 'table', 'text'].map((m) => `examples/project/ladder_demo/${m}.py`),
  ]);
  let unmapped = 0;
  const reports = files.map((f) => {
    const m = mapReportPaths(parseCoverage(readFileSync(path.join(ROOT, f), 'utf8'), f), {
      workspace: ROOT,
      repoFiles,
    });
    unmapped += m.summary.unmapped.length;
    return m.report;
  });
  const report = mergeReports(reports);
  const t = totals(report);
  return {
    reports: files,
    formats: [...new Set(report.sources.map((s) => s.format))],
    lines: t.lines,
    branches: t.branches,
    files: t.files.length,
    unmapped,
  };
}

describe('floorPercent1', () => {
  it('rounds down to one decimal from the integer counts', () => {
    expect(floorPercent1({ covered: 130, total: 168 })).toBe(77.3); // 77.38…
    expect(floorPercent1({ covered: 57, total: 100 })).toBe(57); // the float is 56.99999999999999
    expect(floorPercent1({ covered: 29, total: 100 })).toBe(29);
    expect(floorPercent1({ covered: 2, total: 3 })).toBe(66.6);
    expect(floorPercent1({ covered: 0, total: 7 })).toBe(0);
    expect(floorPercent1({ covered: 7, total: 7 })).toBe(100);
  });

  it('is never above the percent and less than 0.1 below it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (total, c) => {
          const covered = c % (total + 1);
          const exact = (covered * 100) / total;
          const b = floorPercent1({ covered, total });
          expect(b).toBeLessThanOrEqual(exact + 1e-9);
          expect(exact - b).toBeLessThan(0.1);
          expect(Math.round(b * 10) / 10).toBe(b);
        },
      ),
    );
  });
});

describe('addMonths', () => {
  it('adds calendar months and clamps the day to the month end', () => {
    expect(addMonths('2026-11-22', 6)).toBe('2027-05-22');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-31', 12)).toBe('2027-01-31');
  });

  it('refuses what is not a date', () => {
    expect(() => addMonths('2026-02-30', 6)).toThrow(InputError);
  });
});

describe('initPlan', () => {
  it('measures the baseline and suggests +10 points six months out', () => {
    expect(initPlan(measurement([130, 168]), { today: TODAY })).toEqual({
      metric: 'line',
      measured: (130 / 168) * 100,
      baseline: 77.3,
      tolerance: 0.5,
      since: TODAY,
      target: 87.3,
      horizon: '2027-05-22',
      suggestedTarget: true,
      suggestedHorizon: true,
    });
  });

  it('caps the suggested target at 90, and suggests none at 90 or above', () => {
    expect(initPlan(measurement([85, 100]), { today: TODAY }).target).toBe(90);
    const high = initPlan(measurement([95, 100]), { today: TODAY });
    expect([high.target, high.horizon]).toEqual([null, null]);
    const ninety = initPlan(measurement([90, 100]), { today: TODAY });
    expect(ninety.target).toBeNull();
  });

  it('uses the branch figure for metric branch, and refuses reports without branches', () => {
    expect(initPlan(measurement([130, 168], [66, 108]), { today: TODAY, metric: 'branch' }).baseline).toBe(
      61.1,
    );
    expect(() => initPlan(measurement([130, 168]), { today: TODAY, metric: 'branch' })).toThrow(
      /no branches/,
    );
    expect(() => initPlan(measurement([0, 0]), { today: TODAY })).toThrow(/no executable lines/);
  });

  it('takes a given target, horizon and tolerance, and checks them', () => {
    const p = initPlan(measurement([130, 168]), {
      today: TODAY,
      target: 80,
      horizon: '2027-12-31',
      tolerance: 1,
    });
    expect([p.target, p.horizon, p.tolerance, p.suggestedTarget, p.suggestedHorizon]).toEqual([
      80,
      '2027-12-31',
      1,
      false,
      false,
    ]);
    expect(() => initPlan(measurement([130, 168]), { today: TODAY, target: 70 })).toThrow(
      /at least the measured baseline 77.3/,
    );
    expect(() => initPlan(measurement([130, 168]), { today: TODAY, horizon: TODAY })).toThrow(
      /must be after today/,
    );
    expect(() => initPlan(measurement([130, 168]), { today: TODAY, horizon: '2027-02-30' })).toThrow(
      /not a date/,
    );
    expect(() => initPlan(measurement([95, 100]), { today: TODAY, horizon: '2027-06-01' })).toThrow(
      /give --target/,
    );
    expect(() => initPlan(measurement([130, 168]), { today: TODAY, tolerance: 101 })).toThrow(/tolerance/);
  });
});

describe('initConfig', () => {
  it('writes a test-ladder.yml that the loader accepts, with the measured baseline', () => {
    const text = initConfig(measurement([130, 168], [66, 108]), { today: TODAY });
    const config = parseConfig(text, 'test-ladder.yml');
    expect(config.coverage).toMatchObject({
      metric: 'line',
      baseline: 77.3,
      tolerance: 0.5,
      since: TODAY,
      target: 87.3,
      horizon: '2027-05-22',
    });
    expect(text).toContain('# yaml-language-server: $schema=');
    expect(text).toContain('line coverage   77.38 % (130 of 168 lines)');
    expect(text).toContain('branch coverage 61.11 % (66 of 108 branches)');
    expect(text).toMatch(/target: 87\.3 # SUGGESTED/);
    expect(text).toMatch(/horizon: 2027-05-22 # SUGGESTED/);
    expect(text).toMatch(/baseline: 77\.3 # measured 77\.38 %/);
  });

  it('marks no suggestion when target and horizon were given', () => {
    const text = initConfig(measurement([130, 168]), { today: TODAY, target: 85, horizon: '2027-12-31' });
    expect(text).not.toContain('SUGGESTED');
    expect(parseConfig(text, 'x.yml').coverage.target).toBe(85);
  });

  it('without a target, still a valid config that holds the baseline', () => {
    const text = initConfig(measurement([95, 100]), { today: TODAY });
    const c = parseConfig(text, 'x.yml').coverage;
    expect([c.baseline, c.target, c.since, c.horizon]).toEqual([95, null, null, null]);
    expect(text).toContain('No target');
  });

  it('is valid for any counts, metric and date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.nat(),
        fc.constantFrom<'line' | 'branch'>('line', 'branch'),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (total, c, metric, day) => {
          const covered = c % (total + 1);
          const m = measurement([covered, total], [covered, total]);
          const text = initConfig(m, { today: day.toISOString().slice(0, 10), metric });
          const config = parseConfig(text, 'x.yml').coverage;
          expect(config.baseline).toBe(floorPercent1({ covered, total }));
          expect(config.metric).toBe(metric);
          expect(load(text)).toBeTypeOf('object');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('measures the example project as coverage report does: 130 of 168 lines, baseline 77.3', () => {
    for (const files of [['examples/reports/coverage.xml'], ['examples/reports/coverage.json']]) {
      const m = measure(files);
      expect([m.lines, m.unmapped, m.files], files.join()).toEqual([
        { covered: 130, total: 168, percent: (130 / 168) * 100 },
        0,
        5,
      ]);
      const plan = initPlan(m, { today: TODAY });
      expect(plan.baseline).toBe(77.3);
      expect(parseConfig(initConfig(m, { today: TODAY }), 'x.yml').coverage.baseline).toBe(77.3);
    }
  });
});

describe('describeInit', () => {
  it('prints what was measured and what was written', () => {
    const m = { ...measurement([130, 168], [66, 108]), unmapped: 2 };
    const plan = initPlan(m, { today: TODAY });
    expect(describeInit(m, plan, 'test-ladder.yml')).toEqual([
      'read coverage.xml (cobertura): 3 source files',
      '  line coverage   77.38 % (130 of 168 lines)',
      '  branch coverage 61.11 % (66 of 108 branches)',
      '  warning: 2 report path(s) match no file of this repository; set coverage.path-prefix (see test-ladder coverage)',
      'wrote test-ladder.yml: line baseline 77.3, tolerance 0.5, since 2026-11-22, target 87.3 (suggested) by 2027-05-22 (suggested)',
      'next: review the SUGGESTED values in test-ladder.yml, commit it, and run test-ladder run',
    ]);
    expect(describeInit(m, plan, null).at(-1)).toMatch(/^proposed: /);
  });
});

describe('initOptionsFrom', () => {
  it('reads the flags', () => {
    expect(
      initOptionsFrom({ metric: 'branch', tolerance: '1', target: '80.5', horizon: '2027-01-01' }, TODAY),
    ).toEqual({
      today: TODAY,
      metric: 'branch',
      tolerance: 1,
      target: 80.5,
      horizon: '2027-01-01',
    });
    expect(initOptionsFrom({}, TODAY)).toEqual({ today: TODAY });
  });

  it('names the flag that is wrong', () => {
    expect(() => initOptionsFrom({ metric: 'lines' }, TODAY)).toThrow(
      '--metric "lines" is not one of line, branch',
    );
    expect(() => initOptionsFrom({ target: 'ninety' }, TODAY)).toThrow('--target "ninety" is not a number');
    expect(() => initOptionsFrom({ tolerance: '-1' }, TODAY)).toThrow('--tolerance "-1" is not a number');
  });
});
