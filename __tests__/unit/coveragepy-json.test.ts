import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoveragePyJson } from '../../src/formats/coverage/coveragepy-json.js';
import { InputError } from '../../src/model/errors.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

const parse = (text: string) => parseCoveragePyJson(text, 'coverage.json');
const report = (files: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ meta: { version: '7.6.1', branch_coverage: true }, files, ...extra });
const summary = (s: number, c: number, nb: number, cb: number) => ({
  covered_lines: c,
  num_statements: s,
  missing_lines: s - c,
  num_branches: nb,
  covered_branches: cb,
});

describe('parseCoveragePyJson', () => {
  it('reads executed and missing lines (excluded not counted), arcs grouped by from-line in to order', () => {
    const r = parse(
      report(
        {
          'pkg/a.py': {
            executed_lines: [1, 2, 4],
            missing_lines: [6],
            excluded_lines: [9],
            executed_branches: [
              [2, 4],
              [4, -1],
            ],
            missing_branches: [
              [2, 3],
              [4, 6],
            ],
            summary: summary(4, 3, 4, 2),
          },
        },
        {
          totals: {
            covered_lines: 3,
            num_statements: 4,
            percent_covered: 62.5,
            num_branches: 4,
            covered_branches: 2,
          },
        },
      ),
    );
    expect(r).toEqual({
      sources: [
        {
          file: 'coverage.json',
          format: 'coveragepy-json',
          roots: [],
          declared: { lines: { covered: 3, total: 4 }, branches: { covered: 2, total: 4 } },
          producer: 'coverage.py 7.6.1',
          percentCombined: 62.5,
        },
      ],
      files: [
        {
          path: 'pkg/a.py',
          lines: [1, 2, 4, 6],
          hits: [1, 1, 1, 0],
          branches: [
            // [2,3] missing, [2,4] taken; [4,-1] taken (an exit), [4,6] missing.
            { line: 2, outcomes: [0, 1] },
            { line: 4, outcomes: [1, 0] },
          ],
        },
      ],
    });
  });

  it('drops an executed self-arc (a comprehension’s loop), which coverage.py never counts', () => {
    const r = parse(
      report({
        'a.py': {
          executed_lines: [1, 2],
          missing_lines: [],
          executed_branches: [
            [1, -1],
            [1, 1],
            [1, 2],
          ],
          missing_branches: [],
          summary: summary(2, 2, 2, 2),
        },
      }),
    );
    expect(r.files[0]!.branches).toEqual([{ line: 1, outcomes: [1, 1] }]);
  });

  it('executed docstring lines beyond the summary’s count are dropped, lowest first, never a line on an arc', () => {
    const r = parse(
      report({
        'a.py': {
          // 1 (module docstring) and 6 (class docstring) are executed but not statements.
          executed_lines: [1, 3, 4, 6, 8],
          missing_lines: [9],
          executed_branches: [[3, 8]],
          missing_branches: [[3, 9]],
          summary: summary(4, 3, 2, 1),
        },
      }),
    );
    // 1 and 4 go (3 is on an arc): the count is coverage.py's; line 4 is dropped in place of 6.
    expect(r.files[0]!.lines).toEqual([3, 6, 8, 9]);
    expect(r.files[0]!.hits).toEqual([1, 1, 1, 0]);
  });

  it('falls back to the summary’s branch counts (line 0, covered first) when the arcs do not add up or are absent', () => {
    const r = parse(
      report({
        'a.py': {
          executed_lines: [1, 2],
          missing_lines: [],
          executed_branches: [
            [1, 2],
            [1, 5],
          ],
          missing_branches: [],
          summary: summary(2, 2, 3, 1),
        },
        'b.py': { executed_lines: [1], missing_lines: [2], summary: summary(2, 1, 2, 1) },
        'c.py': { executed_lines: [1], missing_lines: [] },
      }),
    );
    expect(r.files.map((f) => [f.path, f.branches])).toEqual([
      ['a.py', [{ line: 0, outcomes: [1, 0, 0] }]],
      ['b.py', [{ line: 0, outcomes: [1, 0] }]],
      ['c.py', []],
    ]);
  });

  it('without meta and totals: no producer, nothing declared; a BOM is skipped', () => {
    const r = parse('\uFEFF{"files": {"a.py": {"executed_lines": [], "missing_lines": [3]}}}');
    expect(r.sources[0]).toEqual({
      file: 'coverage.json',
      format: 'coveragepy-json',
      roots: [],
      declared: {},
    });
    expect(r.files).toEqual([{ path: 'a.py', lines: [3], hits: [0], branches: [] }]);
  });

  const errors: [string, string, string, { line?: number; column?: number }][] = [
    // The reason after "not valid JSON: " is V8's and its wording changes between Node versions.
    ['not JSON', '{"files": {]', 'coverage.json:1:12: not valid JSON: …', { line: 1, column: 12 }],
    [
      'invalid JSON on a later line',
      '{\n  "files": {\n    "a.py": [1 2]\n  }\n}',
      'coverage.json:3:16: not valid JSON: …',
      { line: 3, column: 16 },
    ],
    [
      'truncated JSON',
      '{\n"files": {"a.py": {"executed_lines": [1,',
      'coverage.json:2:41: not valid JSON: the text ends before the JSON does; the file looks truncated',
      { line: 2, column: 41 },
    ],
    ['an array', '[1]', 'coverage.json: expected a coverage.py JSON object with "files" and "meta"', {}],
    [
      'no files',
      '{"meta": {}}',
      'coverage.json: files: missing: not a coverage.py JSON report (it has "meta", "files" and "totals")',
      {},
    ],
    ['files not an object', '{"files": []}', 'coverage.json: files: expected an object', {}],
    [
      'a file entry not an object',
      '{"files": {"a.py": 3}}',
      'coverage.json: files["a.py"]: expected an object',
      {},
    ],
    [
      'a file without missing_lines',
      '{"files": {"a.py": {"executed_lines": []}}}',
      'coverage.json: files["a.py"].missing_lines: missing: every file of a coverage.py JSON report lists it',
      {},
    ],
    [
      'a bad line number',
      '{"files": {"a.py": {"executed_lines": [1, 0], "missing_lines": []}}}',
      'coverage.json: files["a.py"].executed_lines[1]: expected a line number from 1 to 4294967295, found 0',
      {},
    ],
    [
      'a negative declared count',
      '{"files": {"a.py": {"executed_lines": [1], "missing_lines": [], "summary": {"covered_lines": -3, "num_statements": 1}}}}',
      'coverage.json: files["a.py"].summary.covered_lines: expected a non-negative count, found -3',
      {},
    ],
    [
      'a report total that is not a number',
      '{"files": {}, "totals": {"covered_lines": 1, "num_statements": "NaN"}}',
      'coverage.json: totals.num_statements: expected a non-negative count, found "NaN"',
      {},
    ],
    [
      'one half of a declared pair',
      '{"files": {}, "totals": {"covered_lines": 1}}',
      'coverage.json: totals.num_statements: expected a non-negative count, found nothing',
      {},
    ],
    [
      'a percent that is not one',
      '{"files": {}, "totals": {"percent_covered": "NaN"}}',
      'coverage.json: totals.percent_covered: expected a percent from 0 to 100, found "NaN"',
      {},
    ],
    [
      'a line both executed and missing',
      '{"files": {"a.py": {"executed_lines": [2], "missing_lines": [2]}}}',
      'coverage.json: files["a.py"].missing_lines: line 2 is listed as both executed and missing',
      {},
    ],
    [
      'a bad arc',
      '{"files": {"a.py": {"executed_lines": [], "missing_lines": [], "executed_branches": [[1, 2, 3]]}}}',
      'coverage.json: files["a.py"].executed_branches[0]: expected a [from, to] pair of line numbers, found [1,2,3]',
      {},
    ],
    [
      'an arc both executed and missing',
      '{"files": {"a.py": {"executed_lines": [], "missing_lines": [], "executed_branches": [[1, 2]], "missing_branches": [[1, 2]]}}}',
      'coverage.json: files["a.py"].missing_branches: the arc [1, 2] is listed as both executed and missing',
      {},
    ],
    [
      'a summary covering more branches than it has',
      '{"files": {"a.py": {"executed_lines": [], "missing_lines": [], "summary": {"num_branches": 1, "covered_branches": 2}}}}',
      'coverage.json: files["a.py"].summary: covered_branches 2 is more than num_branches 1',
      {},
    ],
    [
      'a summary claiming more branches than the text could list',
      '{"files": {"a.py": {"executed_lines": [], "missing_lines": [], "summary": {"num_branches": 99999999, "covered_branches": 0}}}}',
      'coverage.json: files["a.py"].summary: the report claims more branches than it has characters',
      {},
    ],
  ];
  for (const [what, text, message, loc] of errors) {
    it(`refuses ${what}`, () => {
      const e = inputError(() => parse(text));
      if (message.endsWith('…')) {
        expect(e.message.startsWith(message.slice(0, -1))).toBe(true);
        expect(e.message).not.toMatch(/position|is not valid JSON/);
      } else expect(e.message).toBe(message);
      expect(e.location).toEqual({ file: 'coverage.json', ...loc });
    });
  }

  it('arbitrary text and arbitrary JSON throw only InputError (property)', () => {
    const line = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constant(1.5), fc.string({ maxLength: 2 }));
    const entry = fc.record(
      {
        executed_lines: fc.oneof(fc.array(line, { maxLength: 6 }), fc.anything()),
        missing_lines: fc.array(line, { maxLength: 6 }),
        executed_branches: fc.array(fc.array(line, { maxLength: 3 }), { maxLength: 4 }),
        missing_branches: fc.array(fc.tuple(line, line), { maxLength: 4 }),
        summary: fc.record({
          num_branches: line,
          covered_branches: line,
          covered_lines: line,
          num_statements: line,
        }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .dictionary(fc.string({ maxLength: 4 }), entry, { maxKeys: 3 })
            .map((files) => JSON.stringify({ files })),
        ),
        (text) => {
          try {
            parse(text);
          } catch (e) {
            if (!(e instanceof InputError)) throw e;
          }
        },
      ),
    );
  });
});
