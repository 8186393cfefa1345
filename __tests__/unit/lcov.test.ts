import { describe, expect, it } from 'vitest';
import { parseLcov } from '../../src/formats/coverage/lcov.js';
import { InputError } from '../../src/model/errors.js';
import { totals } from '../../src/analysis/totals.js';

const lcov = (...lines: string[]) => lines.join('\n') + '\n';

/** The InputError `fn` throws; fails the test when it throws nothing or something else. */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

const counts = (text: string) => {
  const t = totals(parseLcov(text, 't.info'));
  return [t.lines.covered, t.lines.total, t.branches.covered, t.branches.total];
};

describe('parseLcov: records', () => {
  it('reads DA lines and BRDA outcomes into the model, declared LF/LH/BRF/BRH summed', () => {
    const r = parseLcov(
      lcov(
        'TN:',
        'SF:src/b.c',
        'FN:3,main',
        'FNDA:1,main',
        'DA:3,4',
        'DA:4,0',
        'BRDA:3,0,0,4',
        'BRDA:3,0,1,-',
        'LF:2',
        'LH:1',
        'BRF:2',
        'BRH:1',
        'end_of_record',
        'TN:',
        'SF:src/a.c',
        'DA:1,1',
        'LF:1',
        'LH:1',
        'end_of_record',
      ),
      't.info',
    );
    expect(r).toEqual({
      sources: [
        {
          file: 't.info',
          format: 'lcov',
          roots: [],
          declared: { lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 } },
        },
      ],
      files: [
        { path: 'src/a.c', lines: [1], hits: [1], branches: [] },
        { path: 'src/b.c', lines: [3, 4], hits: [4, 0], branches: [{ line: 3, outcomes: [4, 0] }] },
      ],
    });
  });

  it('declares nothing when the file has no LF/BRF records', () => {
    const r = parseLcov(lcov('SF:a', 'DA:1,1', 'end_of_record'), 't.info');
    expect(r.sources[0]!.declared).toEqual({});
  });

  it('BRDA "-" (never reached) counts in the total, not as covered; 0 taken likewise', () => {
    expect(
      counts(
        lcov(
          'SF:a',
          'DA:1,1',
          'BRDA:1,0,0,-',
          'BRDA:1,0,1,-',
          'BRDA:1,1,0,0',
          'BRDA:1,1,1,7',
          'end_of_record',
        ),
      ),
    ).toEqual([1, 1, 1, 4]);
  });

  it('duplicated DA lines are one line with their hits summed', () => {
    const r = parseLcov(lcov('SF:a', 'DA:2,1', 'DA:1,0', 'DA:2,2', 'DA:1,0', 'end_of_record'), 't.info');
    expect(r.files).toEqual([{ path: 'a', lines: [1, 2], hits: [0, 3], branches: [] }]);
  });

  it('a repeated BRDA outcome (same line, block, branch) is one outcome, hits summed ("-" adds nothing)', () => {
    // `lcov --summary` (1.16) on this file: lines 1 of 2, branches 1 of 2.
    const text = lcov(
      'SF:/x/a.c',
      'DA:1,1',
      'DA:1,2',
      'DA:2,0',
      'BRDA:1,0,0,-',
      'BRDA:1,0,0,2',
      'BRDA:5,0,0,-',
      'end_of_record',
    );
    expect(parseLcov(text, 't.info').files[0]!.branches).toEqual([
      { line: 1, outcomes: [2] },
      { line: 5, outcomes: [0] },
    ]);
    expect(counts(text)).toEqual([1, 2, 1, 2]);
  });

  it('records of one file under several test names are added like lcov does, outcome by outcome', () => {
    // `lcov --summary` (1.16) on this file: lines 1 of 3, branches 2 of 3.
    const text = lcov(
      'TN:a',
      'SF:/x/a.c',
      'DA:1,1',
      'DA:2,0',
      'BRDA:1,0,0,1',
      'BRDA:1,0,1,0',
      'end_of_record',
      'TN:b',
      'SF:/x/a.c',
      'DA:1,0',
      'DA:2,0',
      'DA:3,0',
      'BRDA:1,0,0,0',
      'BRDA:1,0,1,0',
      'BRDA:0,0,0,3',
      'end_of_record',
    );
    expect(parseLcov(text, 't.info').files).toEqual([
      {
        path: '/x/a.c',
        lines: [1, 2, 3],
        hits: [1, 0, 0],
        branches: [
          { line: 0, outcomes: [3] },
          { line: 1, outcomes: [1, 0] },
        ],
      },
    ]);
    expect(counts(text)).toEqual([1, 3, 2, 3]);
  });

  it('BRDA on line 0 (coverage.py: an exit from the function) is an outcome, as lcov counts it', () => {
    const r = parseLcov(lcov('SF:m.py', 'DA:1,1', 'BRDA:0,0,0,1', 'BRDA:0,9,0,-', 'end_of_record'), 't.info');
    expect(r.files[0]!.branches).toEqual([{ line: 0, outcomes: [1, 0] }]);
  });

  it('lcov 2 branch expressions with commas: taken is the last field', () => {
    const r = parseLcov(
      lcov('SF:a', 'DA:4,1', 'BRDA:4,0,(a, b) == 1,3', 'BRDA:4,0,(a, b) != 1,0', 'end_of_record'),
      't.info',
    );
    expect(r.files[0]!.branches).toEqual([{ line: 4, outcomes: [3, 0] }]);
  });

  it("DA with coverage.py's checksum field, exponent counts, unknown records and blank lines", () => {
    const r = parseLcov(
      [
        'VER:2.0',
        '',
        'SF:a',
        'DA:1,1,z5xicYxBql84TNYYCxOPCA',
        'DA:2,1e3',
        'MCDC:1,0,t,1,0,x',
        'FNL:0,1,2',
        '',
        'end_of_record',
        '',
      ].join('\n'),
      't.info',
    );
    expect(r.files).toEqual([{ path: 'a', lines: [1, 2], hits: [1, 1000], branches: [] }]);
  });

  it('CRLF line ends read the same as LF', () => {
    const lf = lcov(
      'TN:',
      'SF:src/a.c',
      'DA:1,1',
      'DA:2,0',
      'BRDA:1,0,0,1',
      'BRDA:1,0,1,-',
      'LF:2',
      'LH:1',
      'end_of_record',
    );
    expect(parseLcov(lf.replace(/\n/g, '\r\n'), 't.info')).toEqual(parseLcov(lf, 't.info'));
  });

  it('a byte order mark before the first record is not part of its key', () => {
    const r = parseLcov('\uFEFFSF:a\nDA:1,1\nend_of_record\n', 't.info');
    expect(r.files).toEqual([{ path: 'a', lines: [1], hits: [1], branches: [] }]);
  });

  it('SF paths keep inner spaces, lose surrounding ones', () => {
    const r = parseLcov(lcov('SF:  my dir/a b.c ', 'DA:1,1', 'end_of_record'), 't.info');
    expect(r.files[0]!.path).toBe('my dir/a b.c');
  });
});

describe('parseLcov: errors name the line', () => {
  const cases: [string, string, number | undefined, string][] = [
    ['DA outside a record', lcov('TN:', 'DA:1,1'), 2, 'DA: outside a record (no SF: before it)'],
    ['BRDA outside a record', lcov('BRDA:1,0,0,1'), 1, 'BRDA: outside a record (no SF: before it)'],
    [
      'a bad count',
      lcov('SF:a', 'DA:1,x', 'end_of_record'),
      2,
      'DA: expected a non-negative hit count, found "x"',
    ],
    [
      'a negative count',
      lcov('SF:a', 'DA:1,1', 'DA:2,-1', 'end_of_record'),
      3,
      'DA: expected a non-negative hit count, found "-1"',
    ],
    [
      'NaN',
      lcov('SF:a', 'DA:1,NaN', 'end_of_record'),
      2,
      'DA: expected a non-negative hit count, found "NaN"',
    ],
    [
      'a fractional count',
      lcov('SF:a', 'DA:1,1.5', 'end_of_record'),
      2,
      'DA: expected a non-negative hit count, found "1.5"',
    ],
    [
      'a count past 2^53 in exponent form',
      lcov('SF:a', 'DA:1,1e400', 'end_of_record'),
      2,
      'DA: expected a non-negative hit count, found "1e400"',
    ],
    [
      'a missing count',
      lcov('SF:a', 'DA:7', 'end_of_record'),
      2,
      'DA: expected a non-negative hit count, found ""',
    ],
    [
      'line number 0',
      lcov('SF:a', 'DA:0,1', 'end_of_record'),
      2,
      'DA: expected a line number from 1 to 4294967295, found "0"',
    ],
    [
      'a negative line number',
      lcov('SF:a', 'DA:-3,1', 'end_of_record'),
      2,
      'DA: expected a line number from 1 to 4294967295, found "-3"',
    ],
    [
      'BRDA with three fields',
      lcov('SF:a', 'BRDA:1,0,1', 'end_of_record'),
      2,
      'BRDA: expected line,block,branch,taken, found "1,0,1"',
    ],
    [
      'a bad BRDA taken',
      lcov('SF:a', 'BRDA:1,0,0,x', 'end_of_record'),
      2,
      'BRDA: expected a taken count or "-", found "x"',
    ],
    [
      'a bad BRDA line',
      lcov('SF:a', 'BRDA:x,0,0,1', 'end_of_record'),
      2,
      'BRDA: expected a line number, found "x"',
    ],
    [
      'a bad LF',
      lcov('SF:a', 'LF:many', 'end_of_record'),
      2,
      'LF: expected a non-negative count, found "many"',
    ],
    [
      'a garbage line',
      lcov('SF:a', 'DA:1,1', 'hello world', 'end_of_record'),
      3,
      'expected an LCOV record "KEY:value", found "hello world"',
    ],
    ['a line starting with a colon', lcov(':1,1'), 1, 'expected an LCOV record "KEY:value", found ":1,1"'],
    [
      'end_of_record with no SF',
      lcov('TN:', 'end_of_record'),
      2,
      'end_of_record without a preceding SF: record',
    ],
    [
      'an SF inside an open record',
      lcov('TN:', 'SF:a', 'SF:b', 'end_of_record'),
      3,
      'SF: before the end_of_record of the record opened at line 2',
    ],
    ['an SF with no path', lcov('SF:  ', 'end_of_record'), 1, 'SF: with an empty path'],
    [
      'a truncated record (newline at the end)',
      lcov('SF:a', 'DA:1,1', 'end_of_record', 'TN:', 'SF:b', 'DA:1,1'),
      6,
      'the record opened by SF: at line 5 has no end_of_record; the file looks truncated',
    ],
    [
      'a truncated record (no newline at the end)',
      'SF:a\nDA:1,1\nDA:2,0',
      3,
      'the record opened by SF: at line 1 has no end_of_record; the file looks truncated',
    ],
    ['a number cut short', 'SF:a\nDA:1,1\nDA:2,', 3, 'DA: expected a non-negative hit count, found ""'],
    [
      'a file cut right after a test name',
      lcov('SF:a', 'DA:1,1', 'end_of_record', 'TN:unit'),
      4,
      'TN: at line 4 is not followed by its SF: record; the file looks truncated',
    ],
    ['an empty file', '', undefined, 'no LCOV records (expected SF: … end_of_record)'],
    ['a file of blank lines', '\n\r\n  \n', undefined, 'no LCOV records (expected SF: … end_of_record)'],
  ];
  for (const [what, text, line, message] of cases) {
    it(`${what}: line ${line ?? '(none)'}`, () => {
      const e = inputError(() => parseLcov(text, 'cov.info'));
      expect(e.location).toEqual(line === undefined ? { file: 'cov.info' } : { file: 'cov.info', line });
      expect(e.message).toBe(line === undefined ? `cov.info: ${message}` : `cov.info:${line}: ${message}`);
    });
  }

  it('the line number counts CRLF lines the same way', () => {
    const e = inputError(() => parseLcov('SF:a\r\nDA:1,1\r\nDA:2,x\r\nend_of_record\r\n', 'cov.info'));
    expect(e.location).toEqual({ file: 'cov.info', line: 3 });
  });

  it('a long bad value is quoted cut at 60 characters', () => {
    const e = inputError(() =>
      parseLcov(lcov('SF:a', `DA:1,${'9'.repeat(30)}x${'y'.repeat(40)}`), 'cov.info'),
    );
    expect(e.message).toBe(
      `cov.info:2: DA: expected a non-negative hit count, found "${'9'.repeat(30)}x${'y'.repeat(29)}…"`,
    );
  });

  it('a complete record then a cut one: the cut is an error, not the first record alone', () => {
    const e = inputError(() => parseLcov('SF:a\nDA:1,1\nend_of_record\nSF:b\nDA:1', 'cov.info'));
    expect(e.location).toEqual({ file: 'cov.info', line: 5 });
  });
});
