import { DEFAULT_TESTS } from '../../src/config/tests.js';
import { DEFAULT_ENVIRONMENT } from '../../src/config/environment.js';
import { describe, expect, it } from 'vitest';
import schema from '../../schema/test-ladder.schema.json' with { type: 'json' };
import { isCalendarDate, parseConfig } from '../../src/config/load.js';
import { DEFAULT_CONFIG, DEFAULT_LADDER } from '../../src/config/types.js';
import type { Config, PathPrefix, Tier } from '../../src/config/types.js';
import { InputError, InputErrors } from '../../src/model/errors.js';

const FILE = 'test-ladder.yml';
const COVERAGE_KEYS =
  'metric, baseline, tolerance, target, since, horizon, tiers, ratchet, patch, path-prefix';

/** Every message parseConfig throws for `text`, in the order it reports them. */
function problems(text: string): string[] {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    if (e instanceof InputErrors) return e.errors.map((error) => error.message);
    if (e instanceof InputError) return [e.message];
    throw e;
  }
  throw new Error('parseConfig accepted the input');
}

function thrown(text: string): unknown {
  try {
    parseConfig(text, FILE);
  } catch (e) {
    return e;
  }
  throw new Error('parseConfig accepted the input');
}

const lines = (...rows: string[]) => rows.map((row) => `${row}\n`).join('');

describe('parseConfig: valid files', () => {
  it('reads a full ladder into an exact Config', () => {
    const text = lines(
      '# the ladder for this repository',
      'version: 1',
      'coverage:',
      '  metric: branch',
      '  baseline: 61.5   # where we stood',
      '  tolerance: 0.25',
      '  target: 80',
      '  since: 2026-01-01',
      '  horizon: 2026-10-01',
    );
    const expected: Config = {
      file: FILE,
      coverage: {
        metric: 'branch',
        baseline: 61.5,
        tolerance: 0.25,
        target: 80,
        since: '2026-01-01',
        horizon: '2026-10-01',
        tiers: [],
        ratchet: null,
        patch: { target: null, minLines: 10 },
        pathPrefix: null,
      },
      environment: DEFAULT_ENVIRONMENT,
      tests: DEFAULT_TESTS,
    };
    expect(parseConfig(text, FILE)).toStrictEqual(expected);
  });

  it('fills every omitted key with its default', () => {
    expect(parseConfig('coverage:\n  baseline: 72\n', FILE)).toStrictEqual({
      file: FILE,
      coverage: {
        metric: 'line',
        baseline: 72,
        tolerance: 0,
        target: null,
        since: null,
        horizon: null,
        tiers: [],
        ratchet: null,
        patch: { target: null, minLines: 10 },
        pathPrefix: null,
      },
      environment: DEFAULT_ENVIRONMENT,
      tests: DEFAULT_TESTS,
    });
  });

  it('accepts flow style and quoted keys and strings', () => {
    const text = `"coverage": {'metric': "line", tolerance: 1e0, baseline: 0x32, since: '2024-02-29'}\n`;
    expect(parseConfig(text, FILE).coverage).toStrictEqual({
      ...DEFAULT_LADDER,
      tolerance: 1,
      baseline: 50,
      since: '2024-02-29',
    });
  });

  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing configured yet\n\n# still nothing\n'],
    ['only a document marker', '---\n'],
    ['an explicit null', '~\n'],
    ['an empty coverage section', 'coverage:\n  # target: 90\n'],
    ['only the version', 'version: 1\n'],
  ])('returns the defaults for %s', (_, text) => {
    const config = parseConfig(text, FILE);
    expect(config).toStrictEqual({ ...DEFAULT_CONFIG, file: FILE });
    // A fresh object: a caller changing it cannot change the defaults.
    expect(config.coverage).not.toBe(DEFAULT_LADDER);
  });

  it('keeps YAML dates as the strings written (the CORE schema has no timestamps)', () => {
    const config = parseConfig('coverage:\n  baseline: 1\n  since: 2026-10-01\n', FILE);
    expect(config.coverage.since).toBe('2026-10-01');
  });
});

describe('parseConfig: unknown keys', () => {
  it('names the key, lists the allowed keys and suggests the obvious one', () => {
    expect(problems('coverage:\n  tolerence: 1\n')).toEqual([
      `${FILE}:2:3: coverage.tolerence: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "tolerance"?)`,
    ]);
  });

  it('points at the unknown key itself, with a structured location', () => {
    const e = thrown('version: 1\ncoverge:\n  target: 90\n');
    expect(e).toBeInstanceOf(InputErrors);
    const [first] = (e as InputErrors).errors;
    expect(first?.location).toEqual({ file: FILE, line: 2, column: 1 });
    expect(first?.message).toBe(
      `${FILE}:2:1: coverge: unknown key; allowed: version, coverage, tests, environment (did you mean "coverage"?)`,
    );
  });

  it('suggests the kebab-case spelling of a camelCase or snake_case key, and nothing for an unrelated one', () => {
    expect(problems('coverage:\n  Metric: line\n  colour: red\n  tgt: 1\n')).toEqual([
      `${FILE}:2:3: coverage.Metric: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "metric"?)`,
      `${FILE}:3:3: coverage.colour: unknown key; allowed: ${COVERAGE_KEYS}`,
      `${FILE}:4:3: coverage.tgt: unknown key; allowed: ${COVERAGE_KEYS}`,
    ]);
  });

  it('rejects prototype keys as unknown and pollutes nothing', () => {
    const text = lines(
      '__proto__:',
      '  polluted: true',
      'constructor:',
      '  prototype: {polluted: true}',
      'coverage:',
      '  __proto__: {polluted: true}',
      '  hasOwnProperty: 1',
    );
    expect(problems(text)).toEqual([
      `${FILE}:1:1: __proto__: unknown key; allowed: version, coverage, tests, environment`,
      `${FILE}:3:1: constructor: unknown key; allowed: version, coverage, tests, environment`,
      `${FILE}:6:3: coverage.__proto__: unknown key; allowed: ${COVERAGE_KEYS}`,
      `${FILE}:7:3: coverage.hasOwnProperty: unknown key; allowed: ${COVERAGE_KEYS}`,
    ]);
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((DEFAULT_LADDER as unknown as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('quotes keys that are not plain words and shortens very long ones', () => {
    const long = 'k'.repeat(70);
    expect(problems(`coverage:\n  "a b": 1\n  ${long}: 2\n`)).toEqual([
      `${FILE}:2:3: coverage."a b": unknown key; allowed: ${COVERAGE_KEYS}`,
      `${FILE}:3:3: coverage.${'k'.repeat(60)}…: unknown key; allowed: ${COVERAGE_KEYS}`,
    ]);
  });
});

describe('parseConfig: wrong values', () => {
  it('refuses strings and booleans where a number belongs, at the value', () => {
    expect(problems(lines('coverage:', '  baseline: "85"', '  tolerance: 85%', '  target: yes'))).toEqual([
      `${FILE}:2:13: coverage.baseline: expected a number from 0 to 100; found the string "85"; write it as a plain number: 85`,
      `${FILE}:3:14: coverage.tolerance: expected a number from 0 to 100; found the string "85%"; write it as a plain number: 85`,
      `${FILE}:4:3: coverage.target: needs coverage.horizon, the date the target is due`,
      `${FILE}:4:11: coverage.target: expected a number from 0 to 100; found the string "yes"`,
    ]);
    expect(problems('coverage:\n  tolerance: true\n')).toEqual([
      `${FILE}:2:14: coverage.tolerance: expected a number from 0 to 100; found the boolean true`,
    ]);
  });

  it.each([
    ['.nan', '.nan (not a number)'],
    ['.inf', '.inf (infinity)'],
    ['-.Inf', '-.inf (infinity)'],
  ])('refuses %s as a number', (written, found) => {
    expect(problems(`coverage:\n  baseline: ${written}\n`)).toEqual([
      `${FILE}:2:13: coverage.baseline: expected a number from 0 to 100; found ${found}`,
    ]);
  });

  it('refuses percentages outside 0..100 and a negative tolerance', () => {
    expect(problems(lines('coverage:', '  baseline: -0.5', '  tolerance: -1', '  metric: line'))).toEqual([
      `${FILE}:2:13: coverage.baseline: expected a number from 0 to 100; found -0.5`,
      `${FILE}:3:14: coverage.tolerance: expected a number from 0 to 100; found -1`,
    ]);
    expect(problems('coverage:\n  baseline: 100.5\n')).toEqual([
      `${FILE}:2:13: coverage.baseline: expected a number from 0 to 100; found 100.5`,
    ]);
  });

  it('points at the key when the value is empty', () => {
    expect(problems('coverage:\n  baseline:\n')).toEqual([
      `${FILE}:2:3: coverage.baseline: expected a number from 0 to 100; found null (no value)`,
    ]);
  });

  it('lists the allowed metrics and suggests the close one', () => {
    expect(problems('coverage:\n  metric: lines\n')).toEqual([
      `${FILE}:2:11: coverage.metric: expected one of "line", "branch"; found the string "lines" (did you mean "line"?)`,
    ]);
    expect(problems('coverage:\n  metric: 1\n')).toEqual([
      `${FILE}:2:11: coverage.metric: expected one of "line", "branch"; found 1`,
    ]);
  });

  it('refuses dates that are badly written or not on the calendar', () => {
    const text = lines(
      'coverage:',
      '  baseline: 50',
      '  since: 2025-02-29',
      '  target: 60',
      '  horizon: 2026/01/01',
    );
    expect(problems(text)).toEqual([
      `${FILE}:3:10: coverage.since: expected a date written YYYY-MM-DD; found the string "2025-02-29", which is not a real date`,
      `${FILE}:5:12: coverage.horizon: expected a date written YYYY-MM-DD; found the string "2026/01/01"`,
    ]);
    expect(problems('coverage:\n  baseline: 50\n  since: 20260101\n')).toEqual([
      `${FILE}:3:10: coverage.since: expected a date written YYYY-MM-DD; found 20260101`,
    ]);
    expect(problems('coverage:\n  baseline: 50\n  since: 2026-01-01T00:00:00Z\n')).toEqual([
      `${FILE}:3:10: coverage.since: expected a date written YYYY-MM-DD; found the string "2026-01-01T00:00:00Z"`,
    ]);
  });

  it('accepts only version 1', () => {
    expect(problems('version: 2\n')).toEqual([`${FILE}:1:10: version: expected 1; found 2`]);
    expect(problems("version: '1'\n")).toEqual([`${FILE}:1:10: version: expected 1; found the string "1"`]);
  });

  it('refuses a coverage section that is not a mapping', () => {
    expect(problems('coverage:\n  - target: 90\n')).toEqual([
      `${FILE}:2:3: coverage: expected a mapping with keys ${COVERAGE_KEYS}; found a list`,
    ]);
    expect(problems('coverage: 90\n')).toEqual([
      `${FILE}:1:11: coverage: expected a mapping with keys ${COVERAGE_KEYS}; found 90`,
    ]);
  });

  it.each([
    ['a list', '- coverage\n- tests\n', 'a list'],
    ['a string', 'coverage is 80\n', 'the string "coverage is 80"'],
    ['a number', '42\n', '42'],
  ])('refuses a top level that is %s', (_, text, found) => {
    expect(problems(text)).toEqual([
      `${FILE}:1:1: top level: expected a mapping with keys version, coverage, tests, environment; found ${found}`,
    ]);
  });
});

describe('parseConfig: rules between ladder keys', () => {
  const ladder = (...rows: string[]) => lines('coverage:', ...rows);

  it('refuses a target below the baseline, at the target key', () => {
    const text = ladder('  baseline: 70', '  since: 2026-01-01', '  target: 65', '  horizon: 2026-06-01');
    expect(problems(text)).toEqual([
      `${FILE}:4:3: coverage.target: 65 is below coverage.baseline (70); the target must be at least the baseline`,
    ]);
  });

  it.each([
    ['on', '2026-01-01'],
    ['before', '2025-12-31'],
  ])('refuses a horizon %s since, at the horizon key', (_, horizon) => {
    const text = ladder('  baseline: 70', '  since: 2026-01-01', '  target: 80', `  horizon: ${horizon}`);
    expect(problems(text)).toEqual([
      `${FILE}:5:3: coverage.horizon: ${horizon} is on or before coverage.since (2026-01-01); the target must be due after the ladder begins`,
    ]);
  });

  it('needs a horizon for a target and a target for a horizon', () => {
    expect(problems(ladder('  baseline: 70', '  since: 2026-01-01', '  target: 80'))).toEqual([
      `${FILE}:4:3: coverage.target: needs coverage.horizon, the date the target is due`,
    ]);
    expect(problems(ladder('  baseline: 70', '  since: 2026-01-01', '  horizon: 2027-01-01'))).toEqual([
      `${FILE}:4:3: coverage.horizon: needs coverage.target, the percent due on that date`,
    ]);
  });

  it('needs a baseline for since', () => {
    expect(problems(ladder('  since: 2026-01-01'))).toEqual([
      `${FILE}:2:3: coverage.since: needs coverage.baseline, the percent the ladder starts from on that date`,
    ]);
  });

  it('needs both ends of the floor for a target and horizon', () => {
    expect(problems(ladder('  target: 80', '  horizon: 2027-01-01'))).toEqual([
      `${FILE}:2:3: coverage.target: needs coverage.baseline and coverage.since: the floor rises from the baseline on since to the target on horizon, so it needs both ends`,
    ]);
    expect(problems(ladder('  baseline: 60', '  target: 80', '  horizon: 2027-01-01'))).toEqual([
      `${FILE}:3:3: coverage.target: needs coverage.since: the floor rises from the baseline on since to the target on horizon, so it needs both ends`,
    ]);
    // With since written, the missing baseline is reported once, at since.
    expect(problems(ladder('  since: 2026-01-01', '  target: 80', '  horizon: 2027-01-01'))).toEqual([
      `${FILE}:2:3: coverage.since: needs coverage.baseline, the percent the ladder starts from on that date`,
    ]);
  });

  it('allows a baseline alone and a flat floor (baseline and since, no target)', () => {
    expect(parseConfig(ladder('  baseline: 70', '  tolerance: 0.5'), FILE).coverage.baseline).toBe(70);
    expect(parseConfig(ladder('  baseline: 70', '  since: 2026-01-01'), FILE).coverage.since).toBe(
      '2026-01-01',
    );
  });

  it('skips comparisons whose values are already wrong', () => {
    const text = ladder('  baseline: high', '  since: 2026-01-01', '  target: 65', '  horizon: 2026-13-01');
    expect(problems(text)).toEqual([
      `${FILE}:2:13: coverage.baseline: expected a number from 0 to 100; found the string "high"`,
      `${FILE}:5:12: coverage.horizon: expected a date written YYYY-MM-DD; found the string "2026-13-01", which is not a real date`,
    ]);
  });
});

describe('parseConfig: every problem at once, in file order', () => {
  it('reports unknown keys, wrong values, duplicates and ladder rules together, sorted by position', () => {
    const text = lines(
      'coverage:',
      '  target: 50',
      '  tolerence: 1',
      '  baseline: 60',
      '  since: 2026-05-01',
      '  horizon: 2026-05-01',
      '  metric: lines',
      '  target: 55',
      'version: 3',
      'flakes: {}',
    );
    const e = thrown(text);
    expect(e).toBeInstanceOf(InputErrors);
    expect((e as InputErrors).errors.map((x) => x.location)).toEqual([
      { file: FILE, line: 2, column: 3 },
      { file: FILE, line: 3, column: 3 },
      { file: FILE, line: 6, column: 3 },
      { file: FILE, line: 7, column: 11 },
      { file: FILE, line: 8, column: 3 },
      { file: FILE, line: 9, column: 10 },
      { file: FILE, line: 10, column: 1 },
    ]);
    expect((e as InputErrors).message).toBe(
      [
        // The duplicate's later value wins while checking the rest: 55 is still below 60.
        `${FILE}:2:3: coverage.target: 55 is below coverage.baseline (60); the target must be at least the baseline`,
        `${FILE}:3:3: coverage.tolerence: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "tolerance"?)`,
        `${FILE}:6:3: coverage.horizon: 2026-05-01 is on or before coverage.since (2026-05-01); the target must be due after the ladder begins`,
        `${FILE}:7:11: coverage.metric: expected one of "line", "branch"; found the string "lines" (did you mean "line"?)`,
        `${FILE}:8:3: coverage.target: duplicate key; first set at line 2, column 3`,
        `${FILE}:9:10: version: expected 1; found 3`,
        `${FILE}:10:1: flakes: unknown key; allowed: version, coverage, tests, environment`,
      ].join('\n'),
    );
  });

  it('reports a duplicate key at the duplicate, naming the first', () => {
    expect(problems('version: 1\ncoverage: {}\nversion: 1\n')).toEqual([
      `${FILE}:3:1: version: duplicate key; first set at line 1, column 1`,
    ]);
  });
});

describe('parseConfig: YAML the parser rejects', () => {
  it('reports a syntax error as one InputError with the parser position and reason', () => {
    const e = thrown('coverage:\n  target: 80\n\tsince: 2026-01-01\n');
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).location).toEqual({ file: FILE, line: 3, column: 1 });
    expect((e as InputError).message).toBe(
      `${FILE}:3:1: invalid YAML: tab characters must not be used in indentation`,
    );
  });

  it('reports bad indentation where it is', () => {
    expect(problems('coverage:\n  target: 80\n   horizon: 2027-01-01\n')).toEqual([
      `${FILE}:3:11: invalid YAML: bad indentation of a mapping entry`,
    ]);
  });

  it('refuses tags outside the CORE schema (no custom types)', () => {
    expect(problems('coverage:\n  target: !!js/function "return 1"\n')).toEqual([
      `${FILE}:2:11: invalid YAML: unknown scalar tag !<tag:yaml.org,2002:js/function>`,
    ]);
  });

  it('refuses a second document', () => {
    expect(problems('coverage:\n  baseline: 50\n---\ncoverage: {}\n')).toEqual([
      `${FILE}:4:1: expected one YAML document; found a second one (remove the "---" that starts it)`,
    ]);
    expect(problems('---\nversion: 1\n---\n')).toEqual([
      `${FILE}:3:1: expected one YAML document; found a second one (remove the "---" that starts it)`,
    ]);
  });

  it('refuses a list or mapping used as a key, at that key', () => {
    expect(problems('coverage:\n  ? [target]\n  : 90\n')).toEqual([
      `${FILE}:2:5: coverage: a key must be a plain word; found a list or mapping used as a key`,
    ]);
  });

  it('refuses a billion-laughs alias bomb by the alias limit, quickly', () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [from, to] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]])) {
      rows.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(',')}]`);
    }
    const started = performance.now();
    expect(problems(lines(...rows))).toEqual([
      `${FILE}:7:24: invalid YAML: aliases exceeded maxAliases (50); a config needs few aliases, so more are refused as a likely alias bomb`,
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('never expands an alias bomb under the limit (3^17 leaves if it did)', () => {
    const rows = ['anchors:', '  - &a0 [lol, lol, lol]'];
    for (let i = 1; i <= 16; i++) rows.push(`  - &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}]`);
    rows.push('coverage:', '  target: *a16');
    const started = performance.now();
    expect(problems(lines(...rows))).toEqual([
      `${FILE}:1:1: anchors: unknown key; allowed: version, coverage, tests, environment`,
      `${FILE}:20:3: coverage.target: needs coverage.horizon, the date the target is due`,
      `${FILE}:20:11: coverage.target: expected a number from 0 to 100; found a list`,
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses deep nesting', () => {
    const text = `coverage:\n  target: ${'['.repeat(40)}${']'.repeat(40)}\n`;
    expect(problems(text)).toEqual([
      `${FILE}:2:29: invalid YAML: nesting exceeded maxDepth (20); a config is only a few levels deep`,
    ]);
  });
});

describe('parseConfig: positions', () => {
  it('counts columns in flow mappings and points at the opening quote of a quoted value', () => {
    expect(problems(`coverage: {target: "90", tolerence: 1}\n`)).toEqual([
      `${FILE}:1:12: coverage.target: needs coverage.horizon, the date the target is due`,
      `${FILE}:1:20: coverage.target: expected a number from 0 to 100; found the string "90"; write it as a plain number: 90`,
      `${FILE}:1:26: coverage.tolerence: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "tolerance"?)`,
    ]);
  });

  it('counts lines the same with CRLF and CR line breaks, and ignores a byte order mark', () => {
    const expected = [
      `${FILE}:3:3: coverage.targt: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "target"?)`,
    ];
    expect(problems('version: 1\r\ncoverage:\r\n  targt: 1\r\n')).toEqual(expected);
    expect(problems('version: 1\rcoverage:\r  targt: 1\r')).toEqual(expected);
    expect(problems('\uFEFFversion: 1\ncoverage:\n  targt: 1\n')).toEqual(expected);
    expect(problems('\uFEFFversio: 1\n')).toEqual([
      `${FILE}:1:1: versio: unknown key; allowed: version, coverage, tests, environment (did you mean "version"?)`,
    ]);
  });

  it('points at the anchor or tag that starts a value', () => {
    expect(problems('coverage:\n  metric: &m !!str lines\n')).toEqual([
      `${FILE}:2:11: coverage.metric: expected one of "line", "branch"; found the string "lines" (did you mean "line"?)`,
    ]);
  });

  it('falls back to the alias for keys inside an aliased mapping', () => {
    const text = lines('x: &ladder {tolerence: 1}', 'coverage: *ladder');
    expect(problems(text)).toEqual([
      `${FILE}:1:1: x: unknown key; allowed: version, coverage, tests, environment`,
      `${FILE}:2:11: coverage.tolerence: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "tolerance"?)`,
    ]);
  });
});

describe('parseConfig: tiers, ratchet, patch and path-prefix', () => {
  const FULL = lines(
    'coverage:',
    '  baseline: 70',
    '  tiers:',
    '    core:',
    "      paths: [src/core/**, '!src/core/generated/**']",
    '      target: 90',
    '      each: true',
    '    "web ui":',
    '      paths:',
    '        - web/**/*.ts',
    '      target: 60',
    '  ratchet: {step: 0.5}',
    '  patch:',
    '    target: 80',
    '    min-lines: 10',
    '  path-prefix:',
    '    strip: [/app/, /srv/build]',
    '    add: services/api/',
  );

  it('reads every section into an exact Config, tiers in the order written', () => {
    expect(parseConfig(FULL, FILE).coverage).toStrictEqual({
      ...DEFAULT_LADDER,
      baseline: 70,
      tiers: [
        { name: 'core', paths: ['src/core/**', '!src/core/generated/**'], target: 90, each: true },
        { name: 'web ui', paths: ['web/**/*.ts'], target: 60, each: false },
      ],
      ratchet: { step: 0.5 },
      patch: { target: 80, minLines: 10 },
      pathPrefix: { strip: ['/app/', '/srv/build'], add: 'services/api/' },
    });
  });

  it('fills min-lines, each, strip and add with their defaults', () => {
    const text = lines(
      'coverage:',
      '  tiers: {all: {paths: ["**"], target: 0}}',
      '  patch: {target: 100}',
      '  path-prefix: {add: pkg}',
    );
    expect(parseConfig(text, FILE).coverage).toStrictEqual({
      ...DEFAULT_LADDER,
      tiers: [{ name: 'all', paths: ['**'], target: 0, each: false }],
      patch: { target: 100, minLines: 10 },
      pathPrefix: { strip: [], add: 'pkg' },
    });
    expect(
      parseConfig('coverage:\n  path-prefix: {strip: [/app]}\n', FILE).coverage.pathPrefix,
    ).toStrictEqual({
      strip: ['/app'],
      add: '',
    });
    expect(DEFAULT_LADDER.patch).toStrictEqual({ target: null, minLines: 10 });
  });

  it('suggests the new keys for their camelCase, snake_case and singular slips', () => {
    expect(problems(lines('coverage:', '  pathPrefix: {add: a}', '  tier: {}', '  min_lines: 3'))).toEqual([
      `${FILE}:2:3: coverage.pathPrefix: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "path-prefix"?)`,
      `${FILE}:3:3: coverage.tier: unknown key; allowed: ${COVERAGE_KEYS} (did you mean "tiers"?)`,
      `${FILE}:4:3: coverage.min_lines: unknown key; allowed: ${COVERAGE_KEYS}`,
    ]);
    expect(parseConfig('coverage:\n  tiers: {}\n', FILE).coverage.tiers).toEqual([]);
    expect(problems('coverage:\n  tiers:\n')).toEqual([
      `${FILE}:2:3: coverage.tiers: expected a mapping of tier names to tiers (each a mapping with keys paths, target, each); found null (no value)`,
    ]);
  });

  it('refuses tiers written as a list, saying how to write them', () => {
    expect(problems(lines('coverage:', '  tiers:', '    - name: core', '      paths: [src/**]'))).toEqual([
      `${FILE}:3:5: coverage.tiers: expected a mapping of tier names to tiers (each a mapping with keys paths, target, each); found a list; write each tier under its name instead of as a list item, for example core: {paths: [src/core/**], target: 90}`,
    ]);
  });

  it('names the tier in every message: unknown keys, missing keys, wrong values', () => {
    const text = lines(
      'coverage:',
      '  tiers:',
      '    core:',
      '      paths: [src/**]',
      '      tagret: 90',
      '    api.v1: {each: yes}',
      '    web: {paths: [web/**], target: 101, each: false}',
      '    cli: 80',
    );
    expect(problems(text)).toEqual([
      `${FILE}:3:5: coverage.tiers.core: missing key target; required: paths, target`,
      `${FILE}:5:7: coverage.tiers.core.tagret: unknown key; allowed: paths, target, each (did you mean "target"?)`,
      `${FILE}:6:5: coverage.tiers."api.v1": missing keys paths, target; required: paths, target`,
      `${FILE}:6:20: coverage.tiers."api.v1".each: expected true or false; found the string "yes"`,
      `${FILE}:7:36: coverage.tiers.web.target: expected a number from 0 to 100; found 101`,
      `${FILE}:8:10: coverage.tiers.cli: expected a mapping with keys paths, target, each; found 80`,
    ]);
  });

  it('refuses a tier named twice, at the second name', () => {
    const text = lines(
      'coverage:',
      '  tiers:',
      '    core: {paths: [a/**], target: 1}',
      '    core: {paths: [b/**], target: 2}',
    );
    expect(problems(text)).toEqual([
      `${FILE}:4:5: coverage.tiers.core: duplicate key; first set at line 3, column 5`,
    ]);
    expect(problems('coverage:\n  tiers: {"": {paths: [a], target: 1}}\n')).toEqual([
      `${FILE}:2:11: coverage.tiers."": a tier needs a name: write it as the key`,
    ]);
  });

  it('wants paths as a non-empty list of non-empty globs, and says how to write one', () => {
    const tier = (paths: string) =>
      lines('coverage:', '  tiers:', '    core:', `      paths: ${paths}`, '      target: 1');
    expect(problems(tier('src/core/**'))).toEqual([
      `${FILE}:4:14: coverage.tiers.core.paths: expected a list of at least one glob; found the string "src/core/**"; write it as a list: [src/core/**]`,
    ]);
    expect(problems(tier("'!src/legacy/**'"))).toEqual([
      `${FILE}:4:14: coverage.tiers.core.paths: expected a list of at least one glob; found the string "!src/legacy/**"; write it as a list: ['!src/legacy/**']`,
    ]);
    expect(problems(tier('[]'))).toEqual([
      `${FILE}:4:14: coverage.tiers.core.paths: expected a list of at least one glob; found an empty list`,
    ]);
    expect(problems(tier('[src/**, 3, ""]'))).toEqual([
      `${FILE}:4:23: coverage.tiers.core.paths[1]: expected a glob (a non-empty string); found 3`,
      `${FILE}:4:26: coverage.tiers.core.paths[2]: expected a glob (a non-empty string); found the string ""`,
    ]);
  });

  it('refuses globs that cannot be read or can never match a repository path, at the glob', () => {
    const text = lines(
      'coverage:',
      '  tiers:',
      '    core:',
      '      paths:',
      "        - 'src/[abc'",
      '        - src/{a,b',
      '        - /src/core/**',
      '        - ../shared/**',
      '        - src\\core\\**',
      "        - '!'",
      '        - C:/repo/src/**',
      '        - src/**/*.[jt]s',
      '        - src/\\[literal\\].ts',
      '      target: 1',
    );
    expect(problems(text)).toEqual([
      `${FILE}:5:11: coverage.tiers.core.paths[0]: "src/[abc" is not a valid glob: missing closing: "]" - use "\\\\]" to match literal characters`,
      `${FILE}:6:11: coverage.tiers.core.paths[1]: "src/{a,b" is not a valid glob: missing closing: "}" - use "\\\\}" to match literal characters`,
      `${FILE}:7:11: coverage.tiers.core.paths[2]: "/src/core/**" is absolute; tier globs are relative to the repository root (write "src/core/**")`,
      `${FILE}:8:11: coverage.tiers.core.paths[3]: "../shared/**" uses ..; tier globs are relative to the repository root and cannot reach outside it`,
      `${FILE}:9:11: coverage.tiers.core.paths[4]: "src\\\\core\\\\**" has a backslash between folders; write / (in a glob, \\ makes the next character literal)`,
      `${FILE}:10:11: coverage.tiers.core.paths[5]: "!" excludes nothing: write the glob to exclude after the !`,
      `${FILE}:11:11: coverage.tiers.core.paths[6]: "C:/repo/src/**" is absolute; tier globs are relative to the repository root`,
    ]);
  });

  it('needs at least one glob that is not an exclusion', () => {
    const text = lines('coverage:', '  tiers:', "    core: {paths: ['!a/**', '!b/**'], target: 1}");
    expect(problems(text)).toEqual([
      `${FILE}:3:12: coverage.tiers.core.paths: needs at least one glob that is not an exclusion: a glob starting with ! only takes files away from the others`,
    ]);
  });

  it('explains the YAML errors unquoted globs cause', () => {
    expect(problems(lines('coverage:', '  tiers:', '    core:', '      paths:', '        - *.py'))).toEqual([
      `${FILE}:5:12: invalid YAML: unidentified alias ".py"; a value that starts with * is read as an alias: quote it, as in '*.py'`,
    ]);
    expect(
      problems(lines('coverage:', '  tiers:', '    core:', '      paths:', '        - !src/x/**')),
    ).toEqual([
      `${FILE}:5:11: invalid YAML: unknown scalar tag !<!src/x/**>; a value that starts with ! is read as a tag: quote it, as in '!src/legacy/**'`,
    ]);
  });

  it('ratchet: one form, a mapping with a step above 0, and it needs a baseline', () => {
    expect(problems('coverage:\n  baseline: 70\n  ratchet: 0.5\n')).toEqual([
      `${FILE}:3:12: coverage.ratchet: expected a mapping with keys step; found 0.5; write it as {step: 0.5}`,
    ]);
    expect(problems('coverage:\n  baseline: 70\n  ratchet: {step: 0}\n')).toEqual([
      `${FILE}:3:19: coverage.ratchet.step: expected a number above 0 and at most 100; found 0`,
    ]);
    expect(problems('coverage:\n  baseline: 70\n  ratchet: {}\n')).toEqual([
      `${FILE}:3:3: coverage.ratchet: missing key step; required: step`,
    ]);
    expect(problems('coverage:\n  ratchet: {step: 1}\n')).toEqual([
      `${FILE}:2:3: coverage.ratchet: needs coverage.baseline, the percent the ratchet raises`,
    ]);
  });

  it('patch: a target from 0 to 100 and a whole number of min-lines', () => {
    expect(problems(lines('coverage:', '  patch:', '    target: 80', '    min-lines: 2.5'))).toEqual([
      `${FILE}:4:16: coverage.patch.min-lines: expected a whole number of at least 1; found 2.5`,
    ]);
    expect(problems(lines('coverage:', '  patch:', '    target: 80', '    min-lines: 0'))).toEqual([
      `${FILE}:4:16: coverage.patch.min-lines: expected a whole number of at least 1; found 0`,
    ]);
    expect(problems(lines('coverage:', '  patch:', '    min-lines: 3'))).toEqual([
      `${FILE}:2:3: coverage.patch: missing key target; required: target`,
    ]);
    expect(problems('coverage:\n  patch: 80\n')).toEqual([
      `${FILE}:2:10: coverage.patch: expected a mapping with keys target, min-lines; found 80; write it as {target: 80}`,
    ]);
    expect(problems('coverage:\n  patch: {target: 100.5, minLines: 3}\n')).toEqual([
      `${FILE}:2:19: coverage.patch.target: expected a number from 0 to 100; found 100.5`,
      `${FILE}:2:26: coverage.patch.minLines: unknown key; allowed: target, min-lines (did you mean "min-lines"?)`,
    ]);
  });

  it('path-prefix: strip is a list, add a folder inside the repository, and one of them is given', () => {
    expect(problems('coverage:\n  path-prefix: {}\n')).toEqual([
      `${FILE}:2:3: coverage.path-prefix: needs strip, add or both: the prefixes to remove from report paths, and the folder to put in front of them`,
    ]);
    expect(problems('coverage:\n  path-prefix: {strip: /app/}\n')).toEqual([
      `${FILE}:2:24: coverage.path-prefix.strip: expected a list of at least one path prefix; found the string "/app/"; write it as a list: [/app/]`,
    ]);
    expect(problems('coverage:\n  path-prefix: {strip: [], add: ""}\n')).toEqual([
      `${FILE}:2:24: coverage.path-prefix.strip: expected a list of at least one path prefix; found an empty list`,
      `${FILE}:2:33: coverage.path-prefix.add: expected a folder relative to the repository root (a non-empty string); found the string ""`,
    ]);
    expect(problems('coverage:\n  path-prefix: {add: /srv/api}\n')).toEqual([
      `${FILE}:2:22: coverage.path-prefix.add: "/srv/api" is absolute; add is the folder, relative to the repository root, that report paths are relative to (for example services/api/); remove absolute prefixes with strip`,
    ]);
    expect(problems('coverage:\n  path-prefix: {add: "a/../../b"}\n')).toEqual([
      `${FILE}:2:22: coverage.path-prefix.add: "a/../../b" reaches outside the repository; add is a folder inside it`,
    ]);
    expect(
      parseConfig('coverage:\n  path-prefix: {add: ./a/../b/}\n', FILE).coverage.pathPrefix,
    ).toStrictEqual({
      strip: [],
      add: './a/../b/',
    });
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026-01-01 ', false],
  ])('%s → %s', (text, real) => {
    expect(isCalendarDate(text)).toBe(real);
  });
});

describe('schema/test-ladder.schema.json', () => {
  it('describes exactly the ladder fields of the Config type, each with help for editors', () => {
    const coverage = schema.properties.coverage;
    const camel = (key: string) => key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    expect(Object.keys(coverage.properties).map(camel)).toEqual(Object.keys(DEFAULT_LADDER));
    expect(Object.keys(coverage.properties.patch.properties).map(camel)).toEqual(
      Object.keys(DEFAULT_LADDER.patch),
    );
    const tier = coverage.properties.tiers.additionalProperties;
    const tierFields: (keyof Tier)[] = ['name', 'paths', 'target', 'each'];
    expect(['name', ...Object.keys(tier.properties)]).toEqual(tierFields);
    const prefixFields: (keyof PathPrefix)[] = ['strip', 'add'];
    expect(Object.keys(coverage.properties['path-prefix'].properties)).toEqual(prefixFields);
    expect(Object.keys(coverage.properties.ratchet.properties)).toEqual(['step']);
    // Every key at every depth has help, and every mapping refuses unknown keys.
    const walk = (node: Record<string, unknown>, at: string): void => {
      if (at !== '') expect((node['description'] as string | undefined)?.length ?? 0, at).toBeGreaterThan(20);
      const children = { ...(node['properties'] as Record<string, Record<string, unknown>> | undefined) };
      if (node['type'] === 'object' && children && node['additionalProperties'] !== undefined) {
        const extra = node['additionalProperties'];
        if (typeof extra === 'object') walk(extra as Record<string, unknown>, `${at}.*`);
        else expect(extra, at).toBe(false);
      }
      if (node['items'] !== undefined) walk(node['items'] as Record<string, unknown>, `${at}[]`);
      for (const [key, child] of Object.entries(children)) walk(child, `${at}.${key}`);
    };
    walk(schema as unknown as Record<string, unknown>, '');
    expect(coverage.additionalProperties).toBe(false);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('schema/test-ladder.schema.json and the environment section', () => {
  it('ships exactly the environment schema the code validates with', async () => {
    const { environmentSchema } = await import('../../src/config/environment.js');
    expect(schema.properties.environment).toStrictEqual(JSON.parse(JSON.stringify(environmentSchema)));
  });
});
