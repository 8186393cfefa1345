import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectCoverageFormat,
  isReadableCoverageFormat,
  parseCoverage,
  READABLE_COVERAGE_FORMATS,
} from '../../src/formats/coverage/detect.js';
import { InputError } from '../../src/model/errors.js';

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

const unsupported = (what: string) =>
  `r: this looks like ${what}, which this version does not read yet; convert it to Cobertura or LCOV (supported: cobertura, lcov)`;

describe('detectCoverageFormat: by content, never by name', () => {
  const readable: [string, string, 'cobertura' | 'lcov'][] = [
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
  ];
  for (const [what, text, format] of readable) {
    it(`${what} → ${format}`, () => {
      expect(detectCoverageFormat(text, 'r')).toBe(format);
    });
  }

  const refused: [string, string, string, number | undefined][] = [
    [
      'istanbul Clover (clover= on <coverage>)',
      fixture('c8/clover.xml'),
      unsupported('Clover XML'),
      undefined,
    ],
    [
      'PHPUnit Clover (<project> under <coverage>)',
      '<?xml version="1.0"?><coverage generated="1"><project timestamp="1"/></coverage>',
      unsupported('Clover XML'),
      undefined,
    ],
    [
      'JaCoCo XML (with its DOCTYPE)',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd"><report name="x"/>',
      unsupported('JaCoCo XML'),
      undefined,
    ],
    [
      'Istanbul JSON',
      fixture('c8/coverage-final.json'),
      unsupported('a JSON coverage report (coverage.py or Istanbul)'),
      undefined,
    ],
    [
      'coverage.py JSON',
      fixture('pytest-cov/coverage.json'),
      unsupported('a JSON coverage report (coverage.py or Istanbul)'),
      undefined,
    ],
    [
      'a Go cover profile',
      'mode: set\ngithub.com/a/b/c.go:1.2,3.4 1 1\n',
      unsupported('a Go cover profile'),
      undefined,
    ],
    [
      'a Go cover profile with CRLF',
      'mode: atomic\r\nx.go:1.2,3.4 1 0\r\n',
      unsupported('a Go cover profile'),
      undefined,
    ],
    [
      'an XML document of another kind',
      '<?xml version="1.0"?><testsuites/>',
      'r: an XML document with root <testsuites> is not a coverage report this version reads (Cobertura has a <coverage> root)',
      undefined,
    ],
    [
      'XML whose root cannot be found in the head',
      '<!-- never closed',
      'r: an XML document with root <?> is not a coverage report this version reads (Cobertura has a <coverage> root)',
      undefined,
    ],
    ['an empty file', '', 'r: the coverage report is empty', undefined],
    ['whitespace and a BOM only', '\uFEFF \n\t\r\n', 'r: the coverage report is empty', undefined],
    [
      'plain text',
      'hello\nworld\n',
      'r:1: not a coverage report: expected Cobertura XML (<coverage> root) or LCOV (lines starting with TN:, SF:)',
      1,
    ],
    [
      'a record key not at a line start',
      ' x SF:a\n',
      'r:1: not a coverage report: expected Cobertura XML (<coverage> root) or LCOV (lines starting with TN:, SF:)',
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

  it('knows which formats it reads', () => {
    expect(READABLE_COVERAGE_FORMATS).toEqual(['cobertura', 'lcov']);
    expect(['cobertura', 'lcov', 'jacoco', 'clover', 'auto', ''].map(isReadableCoverageFormat)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
