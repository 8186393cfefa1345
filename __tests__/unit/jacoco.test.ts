import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJacoco } from '../../src/formats/coverage/jacoco.js';
import { InputError } from '../../src/model/errors.js';
import { totals } from '../../src/analysis/totals.js';
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

const DOCTYPE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">';
const doc = (body: string, counters = '') => `${DOCTYPE}<report name="r">${body}${counters}</report>`;
const line = (nr: number | string, mi: number, ci: number, mb = 0, cb = 0) =>
  `<line nr="${nr}" mi="${mi}" ci="${ci}" mb="${mb}" cb="${cb}"/>`;
const parse = (xml: string) => parseJacoco(xml, 'jacoco.xml');

describe('parseJacoco', () => {
  it('reads package/sourcefile paths, lines with instructions, branch outcomes and the report counters', () => {
    const r = parse(
      doc(
        '<sessioninfo id="x" start="1" dump="2"/>' +
          '<package name="com/example"><class name="com/example/A" sourcefilename="A.java">' +
          '<method name="f" desc="()V" line="3"><counter type="LINE" missed="9" covered="9"/></method></class>' +
          `<sourcefile name="A.java">${line(3, 0, 4)}${line(4, 2, 3, 1, 3)}${line(7, 5, 0, 2, 0)}${line(9, 0, 0)}` +
          '<counter type="LINE" missed="7" covered="7"/></sourcefile>' +
          '<counter type="LINE" missed="8" covered="8"/></package>' +
          `<package name=""><sourcefile name="Main.java">${line(1, 1, 0)}</sourcefile></package>`,
        '<counter type="INSTRUCTION" missed="8" covered="7"/><counter type="BRANCH" missed="3" covered="3"/><counter type="LINE" missed="2" covered="2"/>',
      ),
    );
    expect(r).toEqual({
      sources: [
        {
          file: 'jacoco.xml',
          format: 'jacoco',
          roots: [],
          declared: { lines: { covered: 2, total: 4 }, branches: { covered: 3, total: 6 } },
        },
      ],
      files: [
        { path: 'Main.java', lines: [1], hits: [0], branches: [] },
        {
          path: 'com/example/A.java',
          // Line 9 has no instructions: not a line JaCoCo counts. Partly covered line 4 is covered.
          lines: [3, 4, 7],
          hits: [1, 1, 0],
          branches: [
            { line: 4, outcomes: [1, 1, 1, 0] },
            { line: 7, outcomes: [0, 0] },
          ],
        },
      ],
    });
    const t = totals(r);
    expect([t.lines.covered, t.lines.total, t.branches.covered, t.branches.total]).toEqual([2, 4, 3, 6]);
  });

  it('groups (multi-module reports) add nothing to the path; a file in two groups adds up', () => {
    const pkg = (l: string) => `<package name="p"><sourcefile name="S.java">${l}</sourcefile></package>`;
    const r = parse(
      doc(
        `<group name="a">${pkg(line(1, 0, 1, 1, 1))}</group><group name="b">${pkg(line(1, 1, 0, 0, 2))}</group>`,
      ),
    );
    expect(r.files).toEqual([
      { path: 'p/S.java', lines: [1], hits: [1], branches: [{ line: 1, outcomes: [2, 1] }] },
    ]);
  });

  it('declares nothing when the report has no counters of its own (package counters are not the report’s)', () => {
    const r = parse(doc(`<package name="p"><counter type="LINE" missed="1" covered="1"/></package>`));
    expect(r.sources[0]!.declared).toEqual({});
    expect(r.files).toEqual([]);
  });

  /**
   * Each error names the line and column of the '<' of the element it refuses: `tag` starts that
   * element's tag, the first in the document (the test's own oracle, ASCII text only); null when
   * the message already says where.
   */
  const errors: [string, string, string, string | null][] = [
    ['another root', '<coverage/>', 'expected a JaCoCo <report> root element, found <coverage>', '<coverage'],
    ['a package without a name', doc('<package/>'), '<package> has no name attribute', '<package'],
    [
      'a sourcefile without a name',
      doc('<package name="p"><sourcefile/></package>'),
      '<sourcefile> in package "p" has no name attribute',
      '<sourcefile',
    ],
    [
      'line number 0',
      doc(`<package name="p"><sourcefile name="A.java">${line(0, 0, 1)}</sourcefile></package>`),
      '<line nr="0"> in p/A.java: expected a line number from 1 to 4294967295',
      '<line ',
    ],
    [
      'a negative count',
      doc(
        `<package name="p"><sourcefile name="A.java">${line(1, 0, 1)}<line nr="2" mi="0" ci="-1" mb="0" cb="0"/></sourcefile></package>`,
      ),
      '<line nr="2" ci="-1"> in p/A.java: expected a non-negative count',
      '<line nr="2"',
    ],
    [
      'a missing count',
      doc(
        '<package name="p"><sourcefile name="A.java"><line nr="2" mi="0" ci="1" mb="0"/></sourcefile></package>',
      ),
      '<line nr="2" cb=""> in p/A.java: expected a non-negative count',
      '<line ',
    ],
    [
      'too many outcomes on one line',
      doc(`<package name="p"><sourcefile name="A.java">${line(2, 0, 1, 10_000, 1)}</sourcefile></package>`),
      '<line nr="2"> in p/A.java: mb + cb claims more than 10000 branch outcomes on one line',
      '<line ',
    ],
    [
      'a bad report counter',
      doc('', '<counter type="LINE" missed="x" covered="1"/>'),
      '<counter type="LINE" missed="x" covered="1">: expected non-negative counts',
      '<counter',
    ],
    [
      'a truncated report',
      '<?xml version="1.0"?><report name="r"><package name="p">',
      'jacoco.xml:1:57: the document ends inside <package> opened at 1:39; the file looks truncated',
      null,
    ],
  ];
  for (const [what, xml, message, tag] of errors) {
    it(`refuses ${what}`, () => {
      const e = inputError(() => parse(xml));
      if (tag === null) {
        expect(e.message).toBe(message);
        return;
      }
      const { line, column } = positionOf(xml, tag);
      expect(e.location).toEqual({ file: 'jacoco.xml', line, column });
      expect(e.message).toBe(`jacoco.xml:${line}:${column}: ${message}`);
    });
  }

  it('names the line and column in a report written on one line, as JaCoCo writes it', () => {
    const xml = doc(
      '<package name="com/example"><class name="com/example/A" sourcefilename="A.java"/>' +
        `<sourcefile name="A.java">${line(3, 0, 2)}${line(4, 1, 0)}<line nr="5" mi="0" ci="1" mb="NaN" cb="0"/></sourcefile></package>`,
    );
    expect(inputError(() => parse(xml)).message).toBe(
      'jacoco.xml:1:333: <line nr="5" mb="NaN"> in com/example/A.java: expected a non-negative count',
    );
  });

  it('names the line and column of the refused element in a report of CRLF lines', () => {
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<report name="r">',
      '  <package name="p">',
      '    <sourcefile name="A.java">',
      '      <line nr="1" mi="0" ci="1" mb="0" cb="0"/>',
      '    </sourcefile>',
      '  </package>',
      '  <package>',
      '  </package>',
      '</report>',
    ].join('\r\n');
    const e = inputError(() => parse(xml));
    expect(e.message).toBe('jacoco.xml:8:3: <package> has no name attribute');
    expect(e.location).toEqual({ file: 'jacoco.xml', line: 8, column: 3 });
  });

  it('bounds the outcomes a whole report may claim by its length', () => {
    const lines = Array.from({ length: 10 }, (_, i) => line(i + 1, 0, 1, 9_000, 0)).join('');
    const e = inputError(() =>
      parse(doc(`<package name="p"><sourcefile name="A.java">${lines}</sourcefile></package>`)),
    );
    expect(e.message).toBe('jacoco.xml: the report claims more branch outcomes than it has characters');
    // A fault of the whole report, not of the line where the count ran out.
    expect(e.location).toEqual({ file: 'jacoco.xml' });
  });

  it('arbitrary text and mutated reports throw only InputError (property)', () => {
    const valid = doc(
      `<package name="p"><sourcefile name="A.java">${line(1, 0, 1, 1, 1)}${line(2, 3, 0)}</sourcefile></package>`,
    );
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
