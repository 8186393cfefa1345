import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectCoverageFormat,
  isReadableCoverageFormat,
  parseCoverage,
  READABLE_COVERAGE_FORMATS,
  type ReadableCoverageFormat,
} from '../../src/formats/coverage/detect.js';
import { readCoverageStream } from '../../src/formats/coverage/read.js';
import { InputError } from '../../src/model/errors.js';
import { COVERAGE_FORMATS } from '../../src/model/coverage.js';

const fixture = (rel: string) =>
  readFileSync(new URL(`../fixtures/coverage/${rel}`, import.meta.url), 'utf8');

function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

describe('detectCoverageFormat: by content, never by name', () => {
  const readable: [string, string, ReadableCoverageFormat][] = [
    ['coverage.py Cobertura', fixture('pytest-cov/coverage.xml'), 'cobertura'],
    ['istanbul Cobertura (DOCTYPE before the root)', fixture('c8/cobertura-coverage.xml'), 'cobertura'],
    ['gcovr Cobertura', fixture('gcovr/coverage.xml'), 'cobertura'],
    ['c8 LCOV', fixture('c8/lcov.info'), 'lcov'],
    ['geninfo LCOV', fixture('lcov/coverage.info'), 'lcov'],
    ['coverage.py LCOV', fixture('pytest-cov/coverage.lcov'), 'lcov'],
    ['LCOV starting with SF:', 'SF:a\nDA:1,1\nend_of_record\n', 'lcov'],
    ['LCOV 2 starting with VER:', 'VER:2.0\nSF:a\nend_of_record\n', 'lcov'],
    ['LCOV after blank lines and a BOM', '\uFEFF\n\nTN:\nSF:a\nend_of_record\n', 'lcov'],
    ['LCOV with CRLF', 'TN:\r\nSF:a\r\nend_of_record\r\n', 'lcov'],
    [
      'Cobertura with a BOM, a comment and a PI first',
      '\uFEFF<?xml version="1.0"?><!-- x --><?pi y?><coverage/>',
      'cobertura',
    ],
    ['Cobertura after leading whitespace', '\n  <coverage/>', 'cobertura'],
    ['istanbul Clover (clover= on <coverage>)', fixture('c8/clover.xml'), 'clover'],
    [
      'PHPUnit Clover (<project> under <coverage>)',
      '<?xml version="1.0"?><coverage generated="1"><project timestamp="1"/></coverage>',
      'clover',
    ],
    ['JaCoCo XML (with its DOCTYPE)', fixture('jacoco/jacoco.xml'), 'jacoco'],
    [
      'JaCoCo XML without a DOCTYPE',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><report name="x"/>',
      'jacoco',
    ],
    ['Istanbul JSON (c8)', fixture('c8/coverage-final.json'), 'istanbul-json'],
    ['coverage.py JSON', fixture('pytest-cov/coverage.json'), 'coveragepy-json'],
    [
      'coverage.py JSON with sorted keys (files first)',
      '{"files": {"a.py": {"excluded_lines": [], "executed_lines": [1]}}, "meta": {}}',
      'coveragepy-json',
    ],
    ['a Go cover profile (count)', fixture('go/cover-count.out'), 'go-cover'],
    ['a Go cover profile (atomic)', fixture('go/cover-atomic.out'), 'go-cover'],
    ['a Go cover profile (set)', 'mode: set\ngithub.com/a/b/c.go:1.2,3.4 1 1\n', 'go-cover'],
    ['a Go cover profile with CRLF and a BOM', '\uFEFFmode: atomic\r\nx.go:1.2,3.4 1 0\r\n', 'go-cover'],
  ];
  for (const [what, text, format] of readable) {
    it(`${what} → ${format}`, () => {
      expect(detectCoverageFormat(text, 'r')).toBe(format);
    });
  }

  const refused: [string, string, string, { line: number; column?: number } | undefined][] = [
    [
      'Istanbul coverage-summary.json',
      fixture('c8/coverage-summary.json'),
      "r: this looks like Istanbul's coverage-summary.json (the json-summary reporter), which has totals but no lines; pass coverage-final.json (the json reporter) instead",
      undefined,
    ],
    [
      'an empty JSON object',
      '{}\n',
      'r: an empty JSON object: no coverage data (Istanbul writes {} when no file was loaded)',
      undefined,
    ],
    [
      'JSON of another kind',
      '{"name": "x", "version": "1.0.0"}',
      'r: a JSON document that is neither coverage.py JSON ("meta", "files" with executed_lines) nor Istanbul\'s coverage-final.json (a "statementMap" per file)',
      undefined,
    ],
    [
      'an XML document of another kind',
      '<?xml version="1.0"?><testsuites/>',
      'r: an XML document with root <testsuites> is not a coverage report (Cobertura and Clover have a <coverage> root, JaCoCo a <report>)',
      undefined,
    ],
    [
      'XML whose prolog is truncated: a comment never closed',
      '<!-- never closed',
      "r:1:1: unterminated comment: no '-->' before the end of input; the file looks truncated",
      { line: 1, column: 1 },
    ],
    [
      'XML whose declaration is truncated',
      '<?xml version="1.0" encoding="UTF-8"',
      "r:1:1: unterminated XML declaration: no '?>' before the end of input; the file looks truncated",
      { line: 1, column: 1 },
    ],
    [
      'XML that ends after its prolog',
      '<?xml version="1.0"?>\r\n<!-- generated -->\r\n',
      'r:3:1: no root element: the document ends before any element',
      { line: 3, column: 1 },
    ],
    [
      'an entity declaration before the root, as the XML reader refuses it',
      '<?xml version="1.0"?>\n<!ENTITY x "y">\n<coverage/>',
      'r:2:1: entity declarations (<!ENTITY) are refused',
      { line: 2, column: 1 },
    ],
    [
      'a DOCTYPE with an internal subset before another root, as the XML reader refuses it',
      '<?xml version="1.0"?>\n<!DOCTYPE x [\n  <!ENTITY a "b">\n]>\n<x/>',
      'r:3:3: entity declarations (<!ENTITY) are refused: a report needs none, and they enable entity-expansion attacks',
      { line: 3, column: 3 },
    ],
    [
      'a root start tag with no name',
      '<?xml version="1.0"?>\n< coverage/>',
      'r:2:2: expected an element name after \'<\', found " "',
      { line: 2, column: 2 },
    ],
    [
      'an HTML page: its root, not its HTML attributes, is the reason',
      '<!DOCTYPE html>\n<html lang=en><body>502 Bad Gateway</body></html>\n',
      'r: an XML document with root <html> is not a coverage report (Cobertura and Clover have a <coverage> root, JaCoCo a <report>)',
      undefined,
    ],
    [
      'XML whose root is beyond the head',
      `<?xml version="1.0"?>\n<!--${'x'.repeat(5000)}-->\n<report name="r"/>`,
      'r: an XML document whose root element does not appear in its first 4096 characters (the part the format is detected from): set the format explicitly (cobertura, clover or jacoco)',
      undefined,
    ],
    [
      'an entity declaration in a long prolog, within the head',
      `<?xml version="1.0"?>\n<!--${'x'.repeat(3000)}-->\n<!ENTITY x "${'y'.repeat(5000)}">\n<coverage/>`,
      'r:3:1: entity declarations (<!ENTITY) are refused',
      { line: 3, column: 1 },
    ],
    ['an empty file', '', 'r: the coverage report is empty', undefined],
    ['whitespace and a BOM only', '\uFEFF \n\t\r\n', 'r: the coverage report is empty', undefined],
    [
      'plain text',
      'hello\nworld\n',
      'r:1: not a coverage report: expected Cobertura, Clover or JaCoCo XML, LCOV (lines starting with TN:, SF:), coverage.py or Istanbul JSON, or a Go cover profile (a first line "mode: set|count|atomic")',
      { line: 1 },
    ],
    [
      'a record key not at a line start',
      ' x SF:a\n',
      'r:1: not a coverage report: expected Cobertura, Clover or JaCoCo XML, LCOV (lines starting with TN:, SF:), coverage.py or Istanbul JSON, or a Go cover profile (a first line "mode: set|count|atomic")',
      { line: 1 },
    ],
  ];
  for (const [what, text, message, where] of refused) {
    it(`refuses ${what}`, () => {
      const e = inputError(() => detectCoverageFormat(text, 'r'));
      expect(e.message).toBe(message);
      expect(e.location).toEqual({ file: 'r', ...where });
    });
  }

  it('refuses what the XML reader refuses before the root exactly as the reader does with the format forced, streamed or not', async () => {
    const docs = [
      '<?xml version="1.0"?>\n<!ENTITY x "y">\n<coverage/>',
      '<?xml version="1.0"?>\r\n<!DOCTYPE report [<!ENTITY x "y">]>\r\n<x/>',
      '<!DOCTYPE report [ ]><x/>',
      '<!DOCTYPE a><!DOCTYPE b><x/>',
      '<?xml version="1.0"?>\n<!-- a -- b -->\n<x/>',
      '<?xml version="1.0"?>\n<?xml version="1.0"?><x/>',
      '<?xml version="1.0"?>\n<!-- cut',
      '<?xml version="1.0"?>\n<!DOCTYPE',
      '<?xml version="1.0"?>\n</coverage>',
      '<?xml version="1.0"?>\ntext<coverage/>',
      `<!--${'x'.repeat(3000)}--><!DOCTYPE x [${'<!-- -->'.repeat(1000)}]><x/>`,
      `<?xml version="1.0"?>\n<!-- a -- b --><x>${'<y/>'.repeat(2000)}</x>`,
    ];
    for (const text of docs) {
      const auto = inputError(() => parseCoverage(text, 'r'));
      for (const format of ['cobertura', 'clover', 'jacoco'] as const) {
        const forced = inputError(() => parseCoverage(text, 'r', format));
        expect([auto.message, auto.location], `${format}: ${text.slice(0, 60)}`).toEqual([
          forced.message,
          forced.location,
        ]);
      }
      const streamed = await readCoverageStream([new TextEncoder().encode(text)], 'r').then(
        () => null,
        (e: unknown) => e,
      );
      expect(streamed).toBeInstanceOf(InputError);
      expect((streamed as InputError).message).toBe(auto.message);
    }
  });
});

describe('parseCoverage', () => {
  it('auto-detects and reads, naming the format in the source', () => {
    expect(parseCoverage(fixture('c8/lcov.info'), 'x').sources[0]!.format).toBe('lcov');
    expect(parseCoverage(fixture('c8/cobertura-coverage.xml'), 'x').sources[0]!.format).toBe('cobertura');
  });

  it('an explicit format skips detection: an LCOV text read as Cobertura is an XML error', () => {
    const e = inputError(() => parseCoverage(fixture('c8/lcov.info'), 'x', 'cobertura'));
    expect(e.location?.file).toBe('x');
  });

  it('an explicit format on an empty file says it is empty', () => {
    for (const f of ['lcov', 'cobertura'] as const) {
      const e = inputError(() => parseCoverage('\uFEFF  \n', 'x', f));
      expect(e.message).toBe('x: the coverage report is empty');
    }
  });

  it('knows which formats it reads: every coverage format of the model', () => {
    expect(READABLE_COVERAGE_FORMATS).toEqual([
      'cobertura',
      'lcov',
      'jacoco',
      'clover',
      'coveragepy-json',
      'istanbul-json',
      'go-cover',
    ]);
    expect([...READABLE_COVERAGE_FORMATS].sort()).toEqual([...COVERAGE_FORMATS].sort());
    expect(
      ['cobertura', 'go-cover', 'istanbul-json', 'auto', '', 'istanbul'].map(isReadableCoverageFormat),
    ).toEqual([true, true, true, false, false, false]);
  });

  it('every format read by detection is read the same when forced', () => {
    const files: [string, ReadableCoverageFormat][] = [
      ['jacoco/jacoco.xml', 'jacoco'],
      ['c8/clover.xml', 'clover'],
      ['c8/coverage-final.json', 'istanbul-json'],
      ['pytest-cov/coverage.json', 'coveragepy-json'],
      ['go/cover-count.out', 'go-cover'],
    ];
    for (const [rel, format] of files) {
      const auto = parseCoverage(fixture(rel), 'x');
      expect(auto.sources[0]!.format, rel).toBe(format);
      expect(parseCoverage(fixture(rel), 'x', format), rel).toEqual(auto);
    }
  });

  it('a forced format on another format’s file is that reader’s InputError', () => {
    expect(inputError(() => parseCoverage(fixture('c8/clover.xml'), 'x', 'jacoco')).message).toBe(
      'x:2:1: expected a JaCoCo <report> root element, found <coverage>',
    );
    expect(
      inputError(() => parseCoverage(fixture('go/cover-count.out'), 'x', 'istanbul-json')).location,
    ).toEqual({
      file: 'x',
      line: 1,
      column: 1,
    });
    const firstLine = fixture('c8/coverage-final.json').split('\n', 1)[0]!;
    expect(inputError(() => parseCoverage(fixture('c8/coverage-final.json'), 'x', 'go-cover')).message).toBe(
      `x:1: expected the profile's first line to be "mode: set", "mode: count" or "mode: atomic", found ${JSON.stringify(`${firstLine.slice(0, 80)}…`)}`,
    );
    expect(
      inputError(() => parseCoverage(fixture('pytest-cov/coverage.json'), 'x', 'istanbul-json')).message,
    ).toBe('x: "meta".statementMap: expected an object (not an Istanbul coverage-final.json entry?)');
  });

  it('a forced format that reads no file from another format’s report is refused, not an empty report', async () => {
    const cases: [string, ReadableCoverageFormat, string][] = [
      ['pytest-cov/coverage.xml', 'clover', 'cobertura'],
      ['c8/clover.xml', 'cobertura', 'clover'],
    ];
    for (const [rel, forced, content] of cases) {
      const message = `x: read as ${forced} the report holds no file, and its content is ${content}: leave the format to detection, or give ${content}`;
      expect(inputError(() => parseCoverage(fixture(rel), 'x', forced)).message, rel).toBe(message);
      const streamed = await readCoverageStream([new TextEncoder().encode(fixture(rel))], 'x', forced).catch(
        (e: unknown) => e,
      );
      expect((streamed as Error).message, rel).toBe(message);
    }
    // A report that really holds no file, in the format given, stays an empty report.
    expect(parseCoverage('<coverage><packages/></coverage>', 'x', 'cobertura').files).toEqual([]);
  });

  it('an explicit format on an empty file says it is empty, for every format', () => {
    for (const f of READABLE_COVERAGE_FORMATS) {
      const e = inputError(() => parseCoverage('\uFEFF  \n', 'x', f));
      expect(e.message, f).toBe('x: the coverage report is empty');
    }
  });
});
