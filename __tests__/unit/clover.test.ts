import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClover } from '../../src/formats/coverage/clover.js';
import { InputError } from '../../src/model/errors.js';
import { positionOf } from '../helpers/position.js';

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

const parse = (xml: string) => parseClover(xml, 'clover.xml');

const metrics = (s: number, cs: number, c: number, cc: number) =>
  `<metrics statements="${s}" coveredstatements="${cs}" conditionals="${c}" coveredconditionals="${cc}" methods="0" coveredmethods="0"/>`;

describe('parseClover', () => {
  it('PHPUnit: path in name, stmt lines counted, method lines not, project metrics declared', () => {
    const r = parse(
      '<?xml version="1.0" encoding="UTF-8"?><coverage generated="1"><project timestamp="1">' +
        '<package name="App"><file name="/src/App/Calc.php"><class name="Calc" namespace="App"><metrics complexity="2" methods="1"/></class>' +
        '<line num="5" type="method" name="add" visibility="public" complexity="1" crap="1" count="3"/>' +
        '<line num="7" type="stmt" count="3"/><line num="8" type="stmt" count="0"/>' +
        `${metrics(2, 1, 0, 0)}</file></package>` +
        `${metrics(2, 1, 0, 0)}</project></coverage>`,
    );
    expect(r).toEqual({
      sources: [
        {
          file: 'clover.xml',
          format: 'clover',
          roots: [],
          declared: { lines: { covered: 1, total: 2 }, branches: { covered: 0, total: 0 } },
        },
      ],
      files: [{ path: '/src/App/Calc.php', lines: [7, 8], hits: [3, 0], branches: [] }],
    });
  });

  it('istanbul: path preferred over name; truecount/falsecount are covered/missed outcomes when the metrics say so', () => {
    const r = parse(
      '<coverage generated="1" clover="3.2.0"><project timestamp="1" name="All files">' +
        metrics(3, 2, 5, 3) +
        '<file name="a.js" path="/w/src/a.js">' +
        '<line num="1" count="2" type="cond" truecount="2" falsecount="1"/>' +
        '<line num="2" count="0" type="stmt"/>' +
        '<line num="3" count="1" type="cond" truecount="1" falsecount="1"/>' +
        '</file></project></coverage>',
    );
    expect(r.files).toEqual([
      {
        path: '/w/src/a.js',
        lines: [1, 2, 3],
        hits: [2, 0, 1],
        branches: [
          { line: 1, outcomes: [1, 1, 0] },
          { line: 3, outcomes: [1, 0] },
        ],
      },
    ]);
  });

  it('OpenClover: truecount/falsecount are evaluations, two outcomes each; a cond line without count ran t + f times', () => {
    const r = parse(
      '<coverage generated="1" clover="4.4.1"><project timestamp="1" name="demo">' +
        metrics(3, 3, 4, 3) +
        '<package name="p"><file name="A.java" path="/w/src/p/A.java"><class name="A"/>' +
        '<line num="4" signature="f() : void" type="method" complexity="2" count="3"/>' +
        '<line num="5" truecount="3" falsecount="0" type="cond"/>' +
        '<line num="5" truecount="1" falsecount="2" type="cond"/>' +
        '<line num="6" count="3" type="stmt"/>' +
        '</file></package></project>' +
        '<testproject timestamp="1"><file name="ATest.java" path="/w/test/ATest.java"><line num="1" count="1" type="stmt"/></file></testproject>' +
        '</coverage>',
    );
    expect(r.files).toEqual([
      // Two conditions on line 5: two pairs of outcomes. The test sources are not counted.
      {
        path: '/w/src/p/A.java',
        lines: [5, 6],
        hits: [6, 3],
        branches: [{ line: 5, outcomes: [3, 0, 1, 2] }],
      },
    ]);
    expect(r.sources[0]!.declared).toEqual({
      lines: { covered: 3, total: 3 },
      branches: { covered: 3, total: 4 },
    });
  });

  it('when the metrics do not decide, istanbul’s project name does', () => {
    const cond =
      '<file name="a.js" path="/a.js"><line num="1" count="1" type="cond" truecount="1" falsecount="0"/></file>';
    const istanbul = parse(
      `<coverage clover="3.2.0"><project timestamp="1" name="All files">${cond}</project></coverage>`,
    );
    const other = parse(
      `<coverage clover="3.2.0"><project timestamp="1" name="x">${cond}</project></coverage>`,
    );
    expect(istanbul.files[0]!.branches).toEqual([{ line: 1, outcomes: [1] }]);
    expect(other.files[0]!.branches).toEqual([{ line: 1, outcomes: [1, 0] }]);
  });

  it('unknown line types are skipped; lines outside a file or under a class are not lines', () => {
    const r = parse(
      '<coverage><project timestamp="1"><line num="1" type="stmt" count="1"/><file name="a.php">' +
        '<class name="A"><line num="2" type="stmt" count="1"/></class><line num="3" type="branch" count="1"/>' +
        '<line num="4" type="stmt" count="1"/></file></project></coverage>',
    );
    expect(r.files).toEqual([{ path: 'a.php', lines: [4], hits: [1], branches: [] }]);
  });

  /**
   * Each error names the line and column of the '<' of the element it refuses: `tag` starts that
   * element's tag, the first in the document (the test's own oracle, ASCII text only); null for a
   * fault of the whole report, which names only the file.
   */
  const errors: [string, string, string, string | null][] = [
    [
      'project metrics that are not counts',
      '<coverage><project><metrics statements="NaN" coveredstatements="1"/></project></coverage>',
      '<metrics coveredstatements="1" statements="NaN">: expected non-negative counts',
      '<metrics',
    ],
    ['another root', '<report/>', 'expected a Clover <coverage> root element, found <report>', '<report'],
    [
      'a file without path or name',
      '<coverage><project><file path=" "/></project></coverage>',
      '<file> has neither a path nor a name attribute',
      '<file',
    ],
    [
      'a line without a type',
      '<coverage><project><file name="a"><line num="3" count="1"/></file></project></coverage>',
      '<line num="3"> in a has no type attribute',
      '<line',
    ],
    [
      'a bad line number',
      '<coverage><project><file name="a"><line num="x" type="stmt" count="1"/></file></project></coverage>',
      '<line num="x"> in a: expected a line number from 1 to 4294967295',
      '<line',
    ],
    [
      'a stmt line without a count',
      '<coverage><project><file name="a"><line num="3" type="stmt"/></file></project></coverage>',
      '<line num="3" count=""> in a: expected a non-negative count',
      '<line',
    ],
    [
      'a cond line without falsecount',
      '<coverage><project><file name="a"><line num="3" type="cond" truecount="1"/></file></project></coverage>',
      '<line num="3" falsecount=""> in a: expected a non-negative count',
      '<line',
    ],
    [
      'too many istanbul outcomes on one line (found once the whole report is read)',
      '<coverage><project name="All files"><file name="a"><line num="2" type="stmt" count="1"/>\n  <line num="3" type="cond" count="1" truecount="1" falsecount="10000"/></file></project></coverage>',
      '<line num="3"> in a: truecount + falsecount claims more than 10000 branch outcomes on one line',
      '<line num="3"',
    ],
    [
      'more istanbul outcomes than characters',
      `<coverage><project name="All files"><file name="a">${Array.from(
        { length: 4 },
        (_, i) => `<line num="${i + 1}" type="cond" count="1" truecount="1" falsecount="9000"/>`,
      ).join('')}</file></project></coverage>`,
      'the report claims more branch outcomes than it has characters',
      null,
    ],
  ];
  for (const [what, xml, message, tag] of errors) {
    it(`refuses ${what}`, () => {
      const e = inputError(() => parse(xml));
      if (tag === null) {
        expect(e.location).toEqual({ file: 'clover.xml' });
        expect(e.message).toBe(`clover.xml: ${message}`);
        return;
      }
      const { line, column } = positionOf(xml, tag);
      expect(e.location).toEqual({ file: 'clover.xml', line, column });
      expect(e.message).toBe(`clover.xml:${line}:${column}: ${message}`);
    });
  }

  it('names the line and column of the refused element in a report of CRLF lines', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<coverage generated="1">',
      '  <project timestamp="1">',
      '    <file name="/src/A.php">',
      '      <line num="3" type="stmt" count="1"/>',
      '      <line num="4" type="stmt" count="-2"/>',
      '    </file>',
      '  </project>',
      '</coverage>',
    ].join('\r\n');
    expect(inputError(() => parse(xml)).message).toBe(
      'clover.xml:6:7: <line num="4" count="-2"> in /src/A.php: expected a non-negative count',
    );
  });

  it('arbitrary text and mutated reports throw only InputError (property)', () => {
    const valid =
      '<coverage clover="3.2.0"><project name="All files"><metrics statements="2" coveredstatements="1" conditionals="2" coveredconditionals="1"/>' +
      '<file name="a" path="/a"><line num="1" count="1" type="cond" truecount="1" falsecount="1"/><line num="2" count="0" type="stmt"/></file></project></coverage>';
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(fc.nat({ max: valid.length }), fc.string({ maxLength: 8 }))
            .map(([i, s]) => valid.slice(0, i) + s + valid.slice(i)),
          fc.nat({ max: valid.length }).map((i) => valid.slice(0, i)),
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
