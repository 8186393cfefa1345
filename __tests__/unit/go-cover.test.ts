import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGoCover } from '../../src/formats/coverage/go-cover.js';
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

const parse = (text: string) => parseGoCover(text, 'cover.out');
const block = (
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
  statements: number,
  hits: number,
) => ({
  startLine,
  startColumn,
  endLine,
  endColumn,
  statements,
  hits,
});

describe('parseGoCover', () => {
  it('keeps blocks sorted by start, and derives lines from their spans with the most hits of the blocks on each', () => {
    const r = parse(
      [
        'mode: count',
        'example.com/m/a.go:7.20,9.3 2 0',
        'example.com/m/a.go:3.14,5.10 1 4',
        'example.com/m/a.go:5.10,7.3 1 0',
        'example.com/m/b/b.go:1.1,1.9 1 1',
        '',
      ].join('\n'),
    );
    expect(r).toEqual({
      sources: [{ file: 'cover.out', format: 'go-cover', roots: [], declared: {} }],
      files: [
        {
          path: 'example.com/m/a.go',
          lines: [3, 4, 5, 6, 7, 8, 9],
          hits: [4, 4, 4, 0, 0, 0, 0],
          branches: [],
          blocks: [block(3, 14, 5, 10, 1, 4), block(5, 10, 7, 3, 1, 0), block(7, 20, 9, 3, 2, 0)],
        },
        {
          path: 'example.com/m/b/b.go',
          lines: [1],
          hits: [1],
          branches: [],
          blocks: [block(1, 1, 1, 9, 1, 1)],
        },
      ],
    });
  });

  it('merges repeated blocks before counting: counts add up, set mode ORs', () => {
    const count = parse('mode: count\na.go:1.1,2.2 3 2\na.go:1.1,2.2 3 5\na.go:3.1,3.9 1 0\n');
    expect(count.files[0]!.blocks).toEqual([block(1, 1, 2, 2, 3, 7), block(3, 1, 3, 9, 1, 0)]);
    const set = parse('mode: set\na.go:1.1,2.2 3 1\na.go:1.1,2.2 3 1\na.go:1.1,2.2 3 0\n');
    expect(set.files[0]!.blocks).toEqual([block(1, 1, 2, 2, 3, 1)]);
    expect(set.files[0]!.hits).toEqual([1, 1]);
  });

  it('skips a repeated mode: line of the same mode (concatenated profiles), CRLF, a BOM and blank lines', () => {
    const r = parse(
      '\uFEFFmode: atomic\r\nC:\\src\\a.go:1.2,1.8 1 1\r\n\r\nmode: atomic\r\nC:\\src\\a.go:1.2,1.8 1 2\r\n',
    );
    expect(r.files).toEqual([
      { path: 'C:\\src\\a.go', lines: [1], hits: [3], branches: [], blocks: [block(1, 2, 1, 8, 1, 3)] },
    ]);
  });

  it('a profile with only its mode line has no files (a package without statements)', () => {
    expect(parse('mode: set\n').files).toEqual([]);
  });

  const errors: [string, string, string, number | undefined][] = [
    ['an empty profile', '', 'cover.out: the Go cover profile is empty (expected a "mode:" line)', undefined],
    [
      'no mode line',
      'a.go:1.1,2.2 1 1\n',
      'cover.out:1: expected the profile\'s first line to be "mode: set", "mode: count" or "mode: atomic", found "a.go:1.1,2.2 1 1"',
      1,
    ],
    [
      'an unknown mode',
      'mode: fast\n',
      'cover.out:1: expected the profile\'s first line to be "mode: set", "mode: count" or "mode: atomic", found "mode: fast"',
      1,
    ],
    [
      'a second mode of another kind',
      'mode: set\na.go:1.1,2.2 1 1\nmode: count\n',
      'cover.out:3: "mode: count" after "mode: set" on line 1: profiles of different modes cannot be merged',
      3,
    ],
    [
      'a malformed block',
      'mode: set\na.go:1.1,2.2 1\n',
      'cover.out:2: expected "file.go:startLine.startColumn,endLine.endColumn statements count", found "a.go:1.1,2.2 1"',
      2,
    ],
    [
      'a negative count',
      'mode: set\na.go:1.1,2.2 1 -1\n',
      'cover.out:2: expected "file.go:startLine.startColumn,endLine.endColumn statements count", found "a.go:1.1,2.2 1 -1"',
      2,
    ],
    [
      'no file name',
      'mode: set\n:1.1,2.2 1 1\n',
      'cover.out:2: expected "file.go:startLine.startColumn,endLine.endColumn statements count", found ":1.1,2.2 1 1"',
      2,
    ],
    [
      'line 0',
      'mode: set\na.go:0.1,2.2 1 1\n',
      'cover.out:2: expected line numbers from 1 to 4294967295: "a.go:0.1,2.2 1 1"',
      2,
    ],
    [
      'a block ending before it starts',
      'mode: set\na.go:3.1,2.2 1 1\n',
      'cover.out:2: the block ends before it starts: "a.go:3.1,2.2 1 1"',
      2,
    ],
    [
      'the same block with another statement count',
      'mode: count\na.go:1.1,2.2 1 1\nb.go:1.1,1.2 1 1\na.go:1.1,2.2 2 1\n',
      'cover.out:4: a.go:1.1,2.2 has 2 statements here and 1 on line 2: the profiles come from different sources',
      4,
    ],
    [
      'a block spanning more lines than can be read',
      'mode: set\na.go:1.1,1999999999.1 1 1\n',
      'cover.out: the blocks of a.go span more lines than this version reads (1000000 plus one per character of the profile)',
      undefined,
    ],
  ];
  for (const [what, text, message, line] of errors) {
    it(`refuses ${what}`, () => {
      const e = inputError(() => parse(text));
      expect(e.message).toBe(message);
      expect(e.location).toEqual(line === undefined ? { file: 'cover.out' } : { file: 'cover.out', line });
    });
  }

  it('arbitrary text and mutated profiles throw only InputError (property)', () => {
    const blockLine = fc
      .tuple(
        fc.constantFrom('a.go', 'x/b.go', ''),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 }),
      )
      .map(([f, [a, b, c, d, e, g]]) => `${f}:${a}.${b},${c}.${d} ${e} ${g}`);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(
              fc.constantFrom('set', 'count', 'atomic', 'x'),
              fc.array(fc.oneof(blockLine, fc.string({ maxLength: 12 })), { maxLength: 8 }),
            )
            .map(([mode, lines]) => [`mode: ${mode}`, ...lines].join('\n')),
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
