import { describe, expect, it } from 'vitest';
import { parseCobertura } from '../../src/formats/coverage/cobertura.js';
import { writeCobertura } from '../../src/formats/coverage/cobertura-write.js';
import { InputError } from '../../src/model/errors.js';
import { totals } from '../../src/analysis/totals.js';
import { fileCoverage } from '../helpers/coverage.js';
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

const doc = (classes: string, head = '<coverage>', sources = '') =>
  `<?xml version="1.0" ?>\n${head}${sources}<packages><package name="p"><classes>${classes}</classes></package></packages></coverage>\n`;
const cls = (filename: string, lines: string, extra = '') =>
  `<class name="${filename}" filename="${filename}">${extra}<lines>${lines}</lines></class>`;
const parse = (xml: string) => parseCobertura(xml, 'c.xml');

describe('parseCobertura', () => {
  it('reads lines, hits, branch points, <source> roots and the declared header counts', () => {
    const r = parse(
      doc(
        cls('b.py', '<line number="3" hits="2"/><line number="1" hits="0" branch="false"/>') +
          cls('a.py', '<line number="5" hits="1" branch="true" condition-coverage="50% (1/2)"/>'),
        '<coverage lines-valid="3" lines-covered="2" branches-valid="2" branches-covered="1" line-rate="0.6667">',
        '<sources><source>\n  /src/root  \n</source><source></source><source>lib</source></sources>',
      ),
    );
    expect(r).toEqual({
      sources: [
        {
          file: 'c.xml',
          format: 'cobertura',
          roots: ['/src/root', 'lib'],
          declared: { lines: { covered: 2, total: 3 }, branches: { covered: 1, total: 2 } },
        },
      ],
      files: [
        { path: 'a.py', lines: [5], hits: [1], branches: [{ line: 5, outcomes: [1, 0] }] },
        { path: 'b.py', lines: [1, 3], hits: [0, 2], branches: [] },
      ],
    });
  });

  it('declares nothing when the header has no counts, or one of a pair (unreadable ones are refused, below)', () => {
    expect(parse(doc(cls('a', '<line number="1" hits="1"/>'))).sources[0]!.declared).toEqual({});
    expect(
      parse(doc(cls('a', ''), '<coverage lines-valid="3" branches-valid="2" branches-covered="0">'))
        .sources[0]!.declared,
    ).toEqual({ branches: { covered: 0, total: 2 } });
  });

  it('lines under <methods> are copies and are ignored, before or after <lines>', () => {
    const methods =
      '<methods><method name="f" signature="()V"><lines><line number="1" hits="9"/><line number="7" hits="1" branch="true" condition-coverage="100% (2/2)"/></lines></method></methods>';
    const r = parse(
      doc(
        `<class name="a" filename="a.js">${methods}<lines><line number="1" hits="1"/><line number="2" hits="0"/></lines>${methods}</class>`,
      ),
    );
    expect(r.files).toEqual([{ path: 'a.js', lines: [1, 2], hits: [1, 0], branches: [] }]);
  });

  it('condition-coverage: covered outcomes first; decimals, spaces, 1/1 and 0/n', () => {
    const r = parse(
      doc(
        cls(
          'a',
          [
            '<line number="1" hits="1" branch="true" condition-coverage="33.33% (1/3)"/>',
            '<line number="2" hits="1" branch="true" condition-coverage="100% (1/1)"/>',
            '<line number="3" hits="0" branch="true" condition-coverage="0% (0/4)"/>',
            '<line number="4" hits="1" branch="true" condition-coverage=" 75%(3/4) extra"/>',
            // Without branch="true" the attribute is not read.
            '<line number="5" hits="1" condition-coverage="50% (1/2)"/>',
            '<line number="6" hits="1" branch="false" condition-coverage="50% (1/2)"/>',
            // branch="true" without condition-coverage: a branch line with no outcomes to count.
            '<line number="7" hits="1" branch="true"/>',
          ].join(''),
        ),
      ),
    );
    expect(r.files[0]!.branches).toEqual([
      { line: 1, outcomes: [1, 0, 0] },
      { line: 2, outcomes: [1] },
      { line: 3, outcomes: [0, 0, 0, 0] },
      { line: 4, outcomes: [1, 1, 1, 0] },
    ]);
    const t = totals(r);
    expect([t.branches.covered, t.branches.total]).toEqual([5, 12]);
  });

  it('coverlet writes .NET booleans: branch="True" is a branch line', () => {
    const r = parse(
      doc(cls('src/Branch.cs', '<line number="20" hits="1" branch="True" condition-coverage="50% (2/4)"/>')),
    );
    expect(r.files[0]!.branches).toEqual([{ line: 20, outcomes: [1, 1, 0, 0] }]);
  });

  it('inner classes sharing a filename merge into one file: hits add, a shared branch line keeps the best', () => {
    const r = parse(
      doc(
        cls(
          'src/Foo.java',
          '<line number="1" hits="1"/><line number="2" hits="0" branch="true" condition-coverage="50% (1/2)"/>',
        ) +
          `<class name="Foo$Inner" filename="src/Foo.java"><lines><line number="2" hits="3" branch="true" condition-coverage="100% (2/2)"/><line number="9" hits="0"/></lines></class>`,
      ),
    );
    expect(r.files).toEqual([
      { path: 'src/Foo.java', lines: [1, 2, 9], hits: [1, 3, 0], branches: [{ line: 2, outcomes: [2, 1] }] },
    ]);
    const t = totals(r);
    expect([t.lines.covered, t.lines.total, t.branches.covered, t.branches.total]).toEqual([2, 3, 2, 2]);
  });

  it('a filename is trimmed; <line> outside any class is ignored', () => {
    const r = parse(
      `<coverage><line number="4" hits="1"/><packages><package><classes>${cls(' x.py ', '<line number="1" hits="1"/>')}</classes></package></packages></coverage>`,
    );
    expect(r.files.map((f) => [f.path, f.lines])).toEqual([['x.py', [1]]]);
  });

  it('an empty report is a report with no files', () => {
    expect(parse('<coverage/>').files).toEqual([]);
  });

  /**
   * Each error names the line and column of the '<' of the element it refuses: `tag` is the start
   * of that element's tag, the first in the document (the test's own oracle, ASCII text only).
   */
  const errors: [string, string, string, string][] = [
    [
      'a header count that is not one',
      '<coverage lines-covered="-7" lines-valid="NaN"><packages/></coverage>',
      '<coverage lines-covered="-7" lines-valid="NaN">: expected non-negative counts',
      '<coverage',
    ],
    [
      'a header branch count that is not one',
      '<coverage branches-covered="1" branches-valid="1.5"><packages/></coverage>',
      '<coverage branches-covered="1" branches-valid="1.5">: expected non-negative counts',
      '<coverage',
    ],
    [
      'a class with no filename',
      doc('<class name="Foo"><lines/></class>'),
      '<class name="Foo"> has no filename attribute',
      '<class ',
    ],
    [
      'a class with a blank filename',
      doc('<class name="Foo" filename="  "><lines/></class>'),
      '<class name="Foo"> has no filename attribute',
      '<class ',
    ],
    [
      'a non-Cobertura root (JaCoCo)',
      '<?xml version="1.0"?><report name="x"><sessioninfo id="a" start="1" dump="2"/></report>',
      'expected a Cobertura <coverage> root element, found <report>',
      '<report',
    ],
    [
      'a JUnit root',
      '<testsuites/>',
      'expected a Cobertura <coverage> root element, found <testsuites>',
      '<testsuites',
    ],
    [
      'a line number 0',
      doc(cls('a', '<line number="0" hits="1"/>')),
      '<line number="0"> in a: expected a line number from 1 to 4294967295',
      '<line ',
    ],
    [
      'no line number',
      doc(cls('a', '<line hits="1"/>')),
      '<line number=""> in a: expected a line number from 1 to 4294967295',
      '<line ',
    ],
    [
      'negative hits',
      doc(cls('a', '<line number="2" hits="-1"/>')),
      '<line number="2" hits="-1"> in a: expected a non-negative hit count',
      '<line ',
    ],
    [
      'NaN hits',
      doc(cls('a', '<line number="2" hits="NaN"/>')),
      '<line number="2" hits="NaN"> in a: expected a non-negative hit count',
      '<line ',
    ],
    [
      'a malformed condition-coverage',
      doc(cls('a', '<line number="2" hits="1" branch="true" condition-coverage="50%"/>')),
      '<line number="2"> in a: condition-coverage "50%" is not "P% (covered/total)"',
      '<line ',
    ],
    [
      'more covered than total',
      doc(cls('a', '<line number="2" hits="1" branch="true" condition-coverage="100% (3/2)"/>')),
      '<line number="2"> in a: condition-coverage "100% (3/2)" covers more than its total',
      '<line ',
    ],
    [
      'an absurd outcome count (would exhaust memory)',
      doc(cls('a', '<line number="2" hits="1" branch="true" condition-coverage="0% (0/99999999999)"/>')),
      '<line number="2"> in a: condition-coverage "0% (0/99999999999)" claims more than 10000 outcomes on one line',
      '<line ',
    ],
  ];
  for (const [what, xml, message, tag] of errors) {
    it(`rejects ${what}, naming the element's line and column`, () => {
      const e = inputError(() => parse(xml));
      const { line, column } = positionOf(xml, tag);
      expect(e.location).toEqual({ file: 'c.xml', line, column });
      expect(e.message).toBe(`c.xml:${line}:${column}: ${message}`);
    });
  }

  it('names the line and column of the refused element in a report of CRLF lines', () => {
    const xml = [
      '<?xml version="1.0" ?>',
      '<coverage>',
      '  <packages>',
      '    <package name="p">',
      '      <classes>',
      '        <class name="a" filename="a.py">',
      '          <lines>',
      '            <line number="1" hits="1"/>',
      '            <line number="2" hits="NaN"/>',
      '          </lines>',
      '        </class>',
      '        <class name="b">',
      '        </class>',
      '      </classes>',
      '    </package>',
      '  </packages>',
      '</coverage>',
      '',
    ].join('\r\n');
    expect(inputError(() => parseCobertura(xml, 'nan.xml')).message).toBe(
      'nan.xml:9:13: <line number="2" hits="NaN"> in a.py: expected a non-negative hit count',
    );
    expect(inputError(() => parseCobertura(xml.replace('hits="NaN"', 'hits="0"'), 'nofn.xml')).message).toBe(
      'nofn.xml:12:9: <class name="b"> has no filename attribute',
    );
  });

  it('names the line and column in a report written on one line', () => {
    const xml = doc(
      cls(
        'a',
        '<line number="1" hits="1"/><line number="2" hits="1" branch="true" condition-coverage="50% (3/2)"/>',
      ),
    ).replace('\n', '');
    expect(inputError(() => parse(xml)).message).toBe(
      'c.xml:1:133: <line number="2"> in a: condition-coverage "50% (3/2)" covers more than its total',
    );
  });

  it('10000 outcomes on one line are still read', () => {
    const r = parse(
      doc(cls('a', '<line number="2" hits="1" branch="true" condition-coverage="0% (1/10000)"/>')),
    );
    expect(r.files[0]!.branches[0]!.outcomes.length).toBe(10000);
  });

  it('a truncated document is an InputError with a position, never partial data', () => {
    const xml = doc(cls('a', '<line number="1" hits="1"/><line number="2" hits="0"/>'));
    const e = inputError(() => parse(xml.slice(0, xml.indexOf('<line number="2"'))));
    expect(e.location?.file).toBe('c.xml');
    expect(e.location?.line).toBe(2);
  });
});

describe('writeCobertura', () => {
  it('writes one class per file, a package per folder, header counts from the totals', () => {
    const xml = writeCobertura(
      {
        sources: [],
        files: [
          fileCoverage({
            path: 'a.py',
            lines: [1, 2],
            hits: [3, 0],
            branches: [{ line: 2, outcomes: [1, 0, 0] }],
          }),
          fileCoverage({ path: 'src/b "&<>\t.py', lines: [5], hits: [1] }),
        ],
      },
      { timestamp: 42, version: '1.2.3' },
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<coverage line-rate="0.6667" branch-rate="0.3333" lines-covered="2" lines-valid="3" branches-covered="1" branches-valid="3" complexity="0" version="1.2.3" timestamp="42">',
        '  <sources>',
        '    <source>.</source>',
        '  </sources>',
        '  <packages>',
        '    <package name="." line-rate="0.5000" branch-rate="0.3333" complexity="0">',
        '      <classes>',
        '        <class name="a.py" filename="a.py" line-rate="0.5000" branch-rate="0.3333" complexity="0">',
        '          <methods/>',
        '          <lines>',
        '            <line number="1" hits="3" branch="false"/>',
        '            <line number="2" hits="0" branch="true" condition-coverage="33% (1/3)"/>',
        '          </lines>',
        '        </class>',
        '      </classes>',
        '    </package>',
        '    <package name="src" line-rate="1.0000" branch-rate="1" complexity="0">',
        '      <classes>',
        '        <class name="b &quot;&amp;&lt;&gt;&#9;.py" filename="src/b &quot;&amp;&lt;&gt;&#9;.py" line-rate="1.0000" branch-rate="1" complexity="0">',
        '          <methods/>',
        '          <lines>',
        '            <line number="5" hits="1" branch="false"/>',
        '          </lines>',
        '        </class>',
        '      </classes>',
        '    </package>',
        '  </packages>',
        '</coverage>',
        '',
      ].join('\n'),
    );
    expect(parseCobertura(xml, 'w.xml').files.map((f) => f.path)).toEqual(['a.py', 'src/b "&<>\t.py']);
  });
});
