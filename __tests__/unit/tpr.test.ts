import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfigGiven } from '../../src/config/load.js';
import {
  applyTprDefaults,
  parseFlakeRateThreshold,
  parsePercent,
  parseTpr,
  TPR_DESCRIPTIONS,
  TPR_KEYS,
  type TprSettings,
} from '../../src/config/tpr.js';
import { DEFAULT_CONFIG, type Config } from '../../src/config/types.js';
import { resolveInputs, type PipelineInputKey } from '../../src/inputs.js';
import { InputError, InputErrors } from '../../src/model/errors.js';

const label = (k: PipelineInputKey) => `input ${k}`;
const inputs = (env: Record<string, string>, raw: { failfastMode?: string; validateEnv?: string } = {}) =>
  resolveInputs({ coverage: ['c.xml'], tests: [], ...raw }, env, '/w', label);

describe('parseTpr: the plan defaults', () => {
  it('with nothing set, every key is its default, from the default', () => {
    const t = parseTpr({});
    expect(t).toEqual({
      failfastMode: { value: 'off', source: 'default' },
      seed: { value: '12345', source: 'default' },
      envValidate: { value: 'enable', source: 'default' },
      softFailFastTarget: { value: 40, source: 'default' },
      hardFailFastTarget: { value: 60, source: 'default' },
      coverageBaseline: { value: null, source: 'default' },
      coverageTarget: { value: null, source: 'default' },
      coverageToleranceDrop: { value: 1, source: 'default' },
      propertyRuntimeThresholdMs: { value: 1000, source: 'default' },
      flakeRateThreshold: { value: 2, source: 'default' },
      problems: [],
    } satisfies TprSettings);
  });

  it('empty and blank values are not set', () => {
    const env = Object.fromEntries(TPR_KEYS.map((k) => [k, k.length % 2 ? '' : '   ']));
    const t = parseTpr(env);
    expect(t.problems).toEqual([]);
    for (const [k, v] of Object.entries(t))
      if (k !== 'problems' && k !== 'seed') expect(v.source, k).toBe('default');
  });

  it('every key read from the environment, with its source', () => {
    const t = parseTpr({
      TPR_FAILFAST_MODE: ' Hard ',
      TPR_SEED: '-42',
      TPR_ENV_VALIDATE: 'SKIP',
      TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET: '35%',
      TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET: '70 %',
      TPR_COVERAGE_BASELINE: '71.5',
      TPR_COVERAGE_TARGET: '80',
      TPR_COVERAGE_TOLERANCE_DROP: '.5',
      TPR_PROPERTY_RUNTIME_THRESHOLD_MS: '250ms',
      TPR_FLAKE_RATE_THRESHOLD: '2.5%',
    });
    expect(t).toEqual({
      failfastMode: { value: 'hard', source: 'env' },
      seed: { value: '-42', source: 'env' },
      envValidate: { value: 'skip', source: 'env' },
      softFailFastTarget: { value: 35, source: 'env' },
      hardFailFastTarget: { value: 70, source: 'env' },
      coverageBaseline: { value: 71.5, source: 'env' },
      coverageTarget: { value: 80, source: 'env' },
      coverageToleranceDrop: { value: 0.5, source: 'env' },
      propertyRuntimeThresholdMs: { value: 250, source: 'env' },
      flakeRateThreshold: { value: 2.5, source: 'env' },
      problems: [],
    });
    expect(parseTpr({ TPR_ENV_VALIDATE: 'enable' }).envValidate).toEqual({ value: 'enable', source: 'env' });
    expect(parseTpr({ TPR_ENV_VALIDATE: 'run' }).envValidate).toEqual({ value: 'enable', source: 'env' });
  });

  it('bad values: a problem naming the variable and what was expected; the default is kept', () => {
    const t = parseTpr({
      TPR_FAILFAST_MODE: 'fast',
      TPR_ENV_VALIDATE: 'maybe',
      TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET: 'abc',
      TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET: '101',
      TPR_COVERAGE_BASELINE: '-3',
      TPR_COVERAGE_TARGET: '80 percent',
      TPR_COVERAGE_TOLERANCE_DROP: '1e1',
      TPR_PROPERTY_RUNTIME_THRESHOLD_MS: '0',
      TPR_FLAKE_RATE_THRESHOLD: 'two',
    });
    expect(t.problems).toEqual([
      {
        variable: 'TPR_FAILFAST_MODE',
        message: 'TPR_FAILFAST_MODE: "fast" is not a fail-fast mode; expected off, soft or hard',
      },
      {
        variable: 'TPR_ENV_VALIDATE',
        message: 'TPR_ENV_VALIDATE: "maybe" is not allowed; expected enable or skip',
      },
      {
        variable: 'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET',
        message:
          'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET: "abc" is not a percent from 0 to 100 (for example 40 or 40%)',
      },
      {
        variable: 'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET',
        message:
          'TPR_HARD_FAIL_FAST_IMPROVEMENT_TARGET: "101" is not a percent from 0 to 100 (for example 60 or 60%)',
      },
      {
        variable: 'TPR_COVERAGE_BASELINE',
        message: 'TPR_COVERAGE_BASELINE: "-3" is not a percent from 0 to 100 (for example 70 or 70%)',
      },
      {
        variable: 'TPR_COVERAGE_TARGET',
        message: 'TPR_COVERAGE_TARGET: "80 percent" is not a percent from 0 to 100 (for example 80 or 80%)',
      },
      {
        variable: 'TPR_COVERAGE_TOLERANCE_DROP',
        message: 'TPR_COVERAGE_TOLERANCE_DROP: "1e1" is not a percent from 0 to 100 (for example 1 or 1%)',
      },
      {
        variable: 'TPR_PROPERTY_RUNTIME_THRESHOLD_MS',
        message:
          'TPR_PROPERTY_RUNTIME_THRESHOLD_MS: "0" is not a number of milliseconds above 0 (for example 1000 or 1000ms)',
      },
      {
        variable: 'TPR_FLAKE_RATE_THRESHOLD',
        message: 'TPR_FLAKE_RATE_THRESHOLD: "two" is not a percent from 0 to 100 (for example 2 or 2%)',
      },
    ]);
    expect(t.softFailFastTarget).toEqual({ value: 40, source: 'default' });
    expect(t.coverageBaseline).toEqual({ value: null, source: 'default' });
  });

  it('a long bad value is cut to 40 characters in the message', () => {
    const t = parseTpr({ TPR_COVERAGE_TARGET: 'x'.repeat(500) });
    expect(t.problems[0]!.message).toBe(
      `TPR_COVERAGE_TARGET: "${'x'.repeat(40)}" is not a percent from 0 to 100 (for example 80 or 80%)`,
    );
  });

  it('TPR_SEED: an integer of any length is kept as written; anything else is the environment gate’s, without the value', () => {
    expect(parseTpr({ TPR_SEED: '123456789012345678901234567890' }).seed).toEqual({
      value: '123456789012345678901234567890',
      source: 'env',
    });
    const bad = parseTpr({ TPR_SEED: '12.5' });
    expect(bad.seed).toEqual({
      value: null,
      source: 'env',
      problem: 'TPR_SEED has a decimal point; a seed is a whole number',
    });
    expect(bad.seed.problem).not.toContain('12.5');
    expect(bad.problems).toEqual([]);
  });
});

describe('parseFlakeRateThreshold (moved here from config/tests.ts, same behaviour)', () => {
  it('a percent like the config, "2" or "2%"; empty is not set', () => {
    expect(parseFlakeRateThreshold('2')).toEqual({ value: 2 });
    expect(parseFlakeRateThreshold(' 2.5 % ')).toEqual({ value: 2.5 });
    expect(parseFlakeRateThreshold('.5')).toEqual({ value: 0.5 });
    expect(parseFlakeRateThreshold('')).toEqual({ value: null });
    expect(parseFlakeRateThreshold(undefined)).toEqual({ value: null });
    expect(parseFlakeRateThreshold(null)).toEqual({ value: null });
    for (const bad of ['two', '-1', '101', '2%%', '1e2'])
      expect(parseFlakeRateThreshold(bad)).toEqual({
        problem: `TPR_FLAKE_RATE_THRESHOLD: ${JSON.stringify(bad)} is not a percent from 0 to 100 (for example 2 or 2%)`,
      });
  });

  it('property: any percent written with up to 3 decimals and an optional % reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.boolean(), (thousandths, sign) => {
        const v = thousandths / 1000;
        const text = `${v}${sign ? '%' : ''}`;
        expect(parsePercent(text)).toBe(v);
        expect(parseFlakeRateThreshold(text)).toEqual({ value: v });
      }),
    );
  });

  it('property: arbitrary text never throws; it is a percent 0..100 or a problem', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const r = parseFlakeRateThreshold(text);
        if ('value' in r) expect(r.value === null || (r.value >= 0 && r.value <= 100)).toBe(true);
        else expect(r.problem.startsWith('TPR_FLAKE_RATE_THRESHOLD: ')).toBe(true);
      }),
    );
  });
});

describe('resolveInputs: the TPR_* problems and precedence', () => {
  it('carries the parsed variables and keeps flakeRateThreshold null when unset', () => {
    expect(inputs({}).flakeRateThreshold).toBeNull();
    expect(inputs({ TPR_FLAKE_RATE_THRESHOLD: '3' }).flakeRateThreshold).toBe(3);
    expect(inputs({ TPR_COVERAGE_TARGET: '90' }).tpr.coverageTarget).toEqual({ value: 90, source: 'env' });
  });

  it('a bad variable is an input error naming it; several are reported together', () => {
    expect(() => inputs({ TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET: 'abc' })).toThrow(
      new InputError(
        'TPR_MAX_FAIL_FAST_IMPROVEMENT_TARGET: "abc" is not a percent from 0 to 100 (for example 40 or 40%)',
      ),
    );
    let caught: unknown;
    try {
      inputs({ TPR_COVERAGE_BASELINE: 'x', TPR_FLAKE_RATE_THRESHOLD: 'y' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputErrors);
    expect((caught as InputErrors).errors.map((e) => e.message)).toEqual([
      'TPR_COVERAGE_BASELINE: "x" is not a percent from 0 to 100 (for example 70 or 70%)',
      'TPR_FLAKE_RATE_THRESHOLD: "y" is not a percent from 0 to 100 (for example 2 or 2%)',
    ]);
  });

  it('an input wins over its variable, so a bad variable under a given input is no problem', () => {
    expect(inputs({ TPR_FAILFAST_MODE: 'nonsense' }, { failfastMode: 'soft' }).failfast).toEqual({
      mode: 'soft',
      source: 'input',
    });
    expect(() => inputs({ TPR_ENV_VALIDATE: 'nonsense' }, { validateEnv: 'run' })).not.toThrow();
    expect(() => inputs({ TPR_ENV_VALIDATE: 'nonsense' })).toThrow(
      'TPR_ENV_VALIDATE: "nonsense" is not allowed; expected enable or skip',
    );
    expect(() => inputs({ TPR_FAILFAST_MODE: 'nonsense' })).toThrow(
      'TPR_FAILFAST_MODE: "nonsense" is not a fail-fast mode; expected off, soft or hard',
    );
  });
});

describe('applyTprDefaults: test-ladder.yml > TPR_COVERAGE_* > the ladder’s default', () => {
  const yml = (text: string) => parseConfigGiven(text, 'test-ladder.yml');
  const tpr = (env: Record<string, string>) => parseTpr(env);
  const ENV = { TPR_COVERAGE_BASELINE: '70', TPR_COVERAGE_TARGET: '85', TPR_COVERAGE_TOLERANCE_DROP: '2' };

  it('the loader tells which ladder keys the file wrote, even `tolerance: 0`', () => {
    expect(yml('coverage:\n  tolerance: 0\n').given).toEqual({
      baseline: false,
      target: false,
      tolerance: true,
    });
    expect(yml('coverage:\n  baseline: 60\n').given).toEqual({
      baseline: true,
      target: false,
      tolerance: false,
    });
    expect(yml('').given).toEqual({ baseline: false, target: false, tolerance: false });
    expect(yml('tests:\n  history-depth: 10\n').given).toEqual({
      baseline: false,
      target: false,
      tolerance: false,
    });
  });

  it('no file: every variable that is set fills its key', () => {
    const r = applyTprDefaults(DEFAULT_CONFIG, tpr(ENV));
    expect([r.config.coverage.baseline, r.config.coverage.target, r.config.coverage.tolerance]).toEqual([
      70, 85, 2,
    ]);
    expect(r.sources).toEqual({
      baseline: 'TPR_COVERAGE_BASELINE',
      target: 'TPR_COVERAGE_TARGET',
      tolerance: 'TPR_COVERAGE_TOLERANCE_DROP',
    });
    expect([r.problems, r.notes]).toEqual([[], []]);
  });

  it('nothing set: the config is returned as it is, the ladder keeping its own defaults (tolerance 0)', () => {
    const r = applyTprDefaults(DEFAULT_CONFIG, tpr({}));
    expect(r.config).toBe(DEFAULT_CONFIG);
    expect(r.sources).toEqual({ baseline: 'default', target: 'default', tolerance: 'default' });
    expect(r.config.coverage.tolerance).toBe(0);
  });

  it('what the file sets wins, with a note naming the variable not used', () => {
    const { config, given } = yml('coverage:\n  baseline: 60\n  tolerance: 0\n');
    const r = applyTprDefaults(config, tpr(ENV), given);
    expect([r.config.coverage.baseline, r.config.coverage.target, r.config.coverage.tolerance]).toEqual([
      60, 85, 0,
    ]);
    expect(r.sources).toEqual({
      baseline: 'test-ladder.yml',
      target: 'TPR_COVERAGE_TARGET',
      tolerance: 'test-ladder.yml',
    });
    expect(r.notes).toEqual([
      'TPR_COVERAGE_BASELINE is not used: test-ladder.yml sets coverage.baseline',
      'TPR_COVERAGE_TOLERANCE_DROP is not used: test-ladder.yml sets coverage.tolerance',
    ]);
  });

  it('a target from the variable below the file’s baseline is a problem naming both', () => {
    const { config, given } = yml('coverage:\n  baseline: 90\n');
    expect(applyTprDefaults(config, tpr({ TPR_COVERAGE_TARGET: '85' }), given).problems).toEqual([
      {
        variable: 'TPR_COVERAGE_TARGET',
        message:
          'TPR_COVERAGE_TARGET: 85 is below the baseline 90 (coverage.baseline in test-ladder.yml); the target must be at least the baseline',
      },
    ]);
    expect(
      applyTprDefaults(DEFAULT_CONFIG, tpr({ TPR_COVERAGE_TARGET: '50', TPR_COVERAGE_BASELINE: '60' }))
        .problems,
    ).toHaveLength(1);
  });

  it('the variables are line percents: not applied to a branch ladder (the tolerance is)', () => {
    const branch: Config = { ...DEFAULT_CONFIG, coverage: { ...DEFAULT_CONFIG.coverage, metric: 'branch' } };
    const r = applyTprDefaults(branch, tpr(ENV));
    expect([r.config.coverage.baseline, r.config.coverage.target, r.config.coverage.tolerance]).toEqual([
      null,
      null,
      2,
    ]);
    expect(r.notes).toEqual([
      'TPR_COVERAGE_BASELINE is not used: it is a line percent and the ladder judges branch coverage',
      'TPR_COVERAGE_TARGET is not used: it is a line percent and the ladder judges branch coverage',
    ]);
  });
});

describe('TPR_DESCRIPTIONS', () => {
  it('describes every key once, in the plan’s order, with defaults that match parseTpr', () => {
    expect(TPR_DESCRIPTIONS.map((d) => d.key)).toEqual([...TPR_KEYS]);
    const t = parseTpr({});
    const shown = (v: { value: unknown }) => (v.value === null ? 'none' : String(v.value));
    expect(TPR_DESCRIPTIONS.map((d) => d.default)).toEqual([
      shown(t.failfastMode),
      shown(t.seed),
      shown(t.envValidate),
      shown(t.softFailFastTarget),
      shown(t.hardFailFastTarget),
      shown(t.coverageBaseline),
      shown(t.coverageTarget),
      shown(t.coverageToleranceDrop),
      shown(t.propertyRuntimeThresholdMs),
      shown(t.flakeRateThreshold),
    ]);
  });
});
