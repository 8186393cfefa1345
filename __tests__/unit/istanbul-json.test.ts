import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIstanbulJson } from '../../src/formats/coverage/istanbul-json.js';
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

const parse = (text: string) => parseIstanbulJson(text, 'coverage-final.json');
const loc = (line: number, column = 0) => ({ start: { line, column }, end: { line, column: column + 5 } });

describe('parseIstanbulJson', () => {
  it('a line is where statements start, with the most hits of them; every b entry is an outcome on its line', () => {
    const r = parse(
      JSON.stringify({
        '/w/src/a.js': {
          path: '/w/src/a.js',
          statementMap: { '0': loc(1), '1': loc(2, 0), '2': loc(2, 10), '3': loc(4), '4': loc(4, 8) },
          s: { '0': 1, '1': 0, '2': 3, '3': 0, '4': 0 },
          branchMap: {
            '0': { type: 'if', line: 2, loc: loc(2), locations: [loc(2), loc(2)] },
            '1': { type: 'cond-expr', loc: loc(4), locations: [loc(4), loc(4), loc(4)] },
            '2': { type: 'binary-expr', line: 2, loc: loc(2), locations: [loc(2)] },
          },
          b: { '0': [3, 0], '1': [0, 0, 2], '2': [1] },
          fnMap: {},
          f: {},
        },
      }),
    );
    expect(r).toEqual({
      sources: [{ file: 'coverage-final.json', format: 'istanbul-json', roots: [], declared: {} }],
      files: [
        {
          path: '/w/src/a.js',
          lines: [1, 2, 4],
          hits: [1, 3, 0],
          branches: [
            { line: 2, outcomes: [3, 0, 1] },
            { line: 4, outcomes: [0, 0, 2] },
          ],
        },
      ],
    });
  });

  it('takes the key when there is no path, unwraps { data: … }, skips counts without a statement', () => {
    const r = parse(
      JSON.stringify({
        'src/b.js': { data: { statementMap: { '0': loc(3) }, s: { '0': 2, '7': 9 } } },
      }),
    );
    expect(r.files).toEqual([{ path: 'src/b.js', lines: [3], hits: [2], branches: [] }]);
  });

  const errors: [string, string, string][] = [
    [
      'an array',
      '[]',
      'coverage-final.json: expected an Istanbul coverage map: an object with one entry per file',
    ],
    ['no files', '{}', 'coverage-final.json: the Istanbul coverage map has no files'],
    [
      'coverage-summary.json',
      JSON.stringify({ total: { lines: { total: 1, covered: 1, skipped: 0, pct: 100 } } }),
      "coverage-final.json: this looks like Istanbul's coverage-summary.json (the json-summary reporter), which has totals but no lines; pass coverage-final.json (the json reporter) instead",
    ],
    [
      'a file entry not an object',
      '{"a.js": 1}',
      'coverage-final.json: "a.js": expected an object with statementMap and s',
    ],
    [
      'no statementMap',
      '{"a.js": {"s": {}}}',
      'coverage-final.json: "a.js".statementMap: expected an object (not an Istanbul coverage-final.json entry?)',
    ],
    [
      'no s',
      '{"a.js": {"statementMap": {}}}',
      'coverage-final.json: "a.js".s: expected an object of statement counts',
    ],
    [
      'a negative count',
      JSON.stringify({ 'a.js': { statementMap: { '0': loc(1) }, s: { '0': -1 } } }),
      'coverage-final.json: "a.js".s["0"]: expected a non-negative count, found -1',
    ],
    [
      'a statement on line 0',
      JSON.stringify({ 'a.js': { statementMap: { '0': loc(0) }, s: { '0': 1 } } }),
      'coverage-final.json: "a.js".statementMap["0"]: expected {"start": {"line": n ≥ 1, …}, …}, found {"start":{"line":0,"column":0},"end":{"line":0,"column":5}}',
    ],
    [
      'b without its branchMap entry',
      JSON.stringify({ 'a.js': { statementMap: {}, s: {}, branchMap: {}, b: { '0': [1, 0] } } }),
      'coverage-final.json: "a.js".branchMap["0"]: expected the branch\'s line or loc, found nothing',
    ],
    [
      'b entry not an array',
      JSON.stringify({
        'a.js': { statementMap: {}, s: {}, branchMap: { '0': { loc: loc(1) } }, b: { '0': 2 } },
      }),
      'coverage-final.json: "a.js".b["0"]: expected an array of counts, found 2',
    ],
    [
      'a fractional branch count',
      JSON.stringify({
        'a.js': { statementMap: {}, s: {}, branchMap: { '0': { loc: loc(1) } }, b: { '0': [1, 0.5] } },
      }),
      'coverage-final.json: "a.js".b["0"][1]: expected a non-negative count, found 0.5',
    ],
  ];
  for (const [what, text, message] of errors) {
    it(`refuses ${what}`, () => {
      expect(inputError(() => parse(text)).message).toBe(message);
    });
  }

  it('invalid JSON names the line and column', () => {
    const e = inputError(() => parse('{\n  "a.js": {\n    "s": {"0": 1,}\n  }\n}'));
    expect(e.location).toEqual({ file: 'coverage-final.json', line: 3, column: 18 });
  });

  it('arbitrary text and arbitrary coverage maps throw only InputError (property)', () => {
    const n = fc.oneof(
      fc.integer({ min: -2, max: 30 }),
      fc.constant(0.5),
      fc.constant(null),
      fc.string({ maxLength: 2 }),
    );
    const location = fc.oneof(
      fc.record({ start: fc.record({ line: n, column: n }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      n,
    );
    const entry = fc.record(
      {
        path: fc.oneof(fc.string({ maxLength: 3 }), n),
        statementMap: fc.dictionary(fc.constantFrom('0', '1', '2'), location, { maxKeys: 3 }),
        s: fc.dictionary(fc.constantFrom('0', '1', '2'), n, { maxKeys: 3 }),
        branchMap: fc.dictionary(
          fc.constantFrom('0', '1'),
          fc.record({ line: n, loc: location }, { requiredKeys: [] }),
          { maxKeys: 2 },
        ),
        b: fc.dictionary(fc.constantFrom('0', '1'), fc.oneof(fc.array(n, { maxLength: 3 }), n), {
          maxKeys: 2,
        }),
        data: fc.anything({ maxDepth: 1 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .dictionary(fc.string({ maxLength: 4 }), fc.oneof(entry, n), { maxKeys: 3 })
            .map((m) => JSON.stringify(m)),
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
