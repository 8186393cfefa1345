import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectCoverageFormat,
  isReadableCoverageFormat,
  parseCoverage,
  READABLE_COVERAGE_FORMATS,
  type ReadableCoverageFormat,
} from '../../src/formats/coverage/detect.js';
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

  const refused: [string, string, string, number | undefined][] = [
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
      'XML whose root cannot be found in the head',
      '<!-- never closed',
      'r: an XML document with root <?> is not a coverage report (Cobertura and Clover have a <coverage> root, JaCoCo a <report>)',
      undefined,
    ],
    ['an empty file', '', 'r: the coverage report is empty', undefined],
    ['whitespace and a BOM only', '\uFEFF \n\t\r\n', 'r: the coverage report is empty', undefined],
    [
      'plain text',
      'hello\nworld\n',
      'r:1: not a coverage report: expected Cobertura, Clover or JaCoCo XML, LCOV (lines starting with TN:, SF:), coverage.py or Istanbul JSON, or a Go cover profile (a first line "mode: set|count|atomic")',
      1,
    ],
    [
      'a record key not at a line start',
      ' x SF:a\n',
      'r:1: not a coverage report: expected Cobertura, Clover or JaCoCo XML, LCOV (lines starting with TN:, SF:), coverage.py or Istanbul JSON, or a Go cover profile (a first line "mode: set|count|atomic")',
      1,
    ],
  ];
  for (const [what, text, message, line] of refused) {
    it(`refuses ${what}`, () => {
      const e = inputError(() => detectCoverageFormat(text, 'r'));
      expect(e.message).toBe(message);
      expect(e.location).toEqual(line === undefined ? { file: 'r' } : { file: 'r', line });
    });
  }
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
      'x: expected a JaCoCo <report> root element, found <coverage>',
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

  it('an explicit format on an empty file says it is empty, for every format', () => {
    for (const f of READABLE_COVERAGE_FORMATS) {
      const e = inputError(() => parseCoverage('\uFEFF  \n', 'x', f));
      expect(e.message, f).toBe('x: the coverage report is empty');
    }
  });
});
