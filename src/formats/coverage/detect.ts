import { COVERAGE_FORMATS, type CoverageFormat, type CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { readXml, readXmlProlog, xmlRoot, XmlError } from '../../xml/index.js';
import { parseClover } from './clover.js';
import { parseCobertura } from './cobertura.js';
import { parseCoveragePyJson } from './coveragepy-json.js';
import { parseGoCover } from './go-cover.js';
import { parseIstanbulJson, SUMMARY_REFUSED } from './istanbul-json.js';
import { parseJacoco } from './jacoco.js';
import { parseLcov } from './lcov.js';

/** The formats this version reads: every CoverageFormat. */
export const READABLE_COVERAGE_FORMATS = COVERAGE_FORMATS;
export type ReadableCoverageFormat = CoverageFormat;

const READERS: Record<ReadableCoverageFormat, (text: string, file: string) => CoverageReport> = {
  cobertura: parseCobertura,
  lcov: parseLcov,
  jacoco: parseJacoco,
  clover: parseClover,
  'coveragepy-json': parseCoveragePyJson,
  'istanbul-json': parseIstanbulJson,
  'go-cover': parseGoCover,
};

const GO_MODE = /^mode: (set|count|atomic)\s*$/;
/** How many characters of a report detection looks at. */
const HEAD = 4096;

/**
 * Which format a report is, from its content (never its name), looking at its first 4 KiB.
 * Returns a readable format, or throws an InputError that says what the file looks like and what
 * is read.
 */
export function detectCoverageFormat(text: string, file: string): ReadableCoverageFormat {
  const head = text.slice(0, HEAD).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed === '') throw new InputError('the coverage report is empty', { file });
  if (trimmed.startsWith('<')) {
    const root = xmlRoot(text);
    if (root === 'coverage')
      // Clover and Cobertura share the root: Clover has a clover= version (istanbul, OpenClover) or a <project> (PHPUnit).
      return /<coverage\b[^>]*\bclover=/.test(head) || /<project\b/.test(head) ? 'clover' : 'cobertura';
    if (root === 'report') return 'jacoco';
    throw notCoverageXml(text, root, file);
  }
  if (GO_MODE.test(head.split('\n', 1)[0] ?? '')) return 'go-cover';
  if (/^(TN|SF|VER):/m.test(head)) return 'lcov';
  if (trimmed.startsWith('{')) return detectJson(trimmed, file);
  throw new InputError(
    'not a coverage report: expected Cobertura, Clover or JaCoCo XML, LCOV (lines starting with TN:, SF:), coverage.py or Istanbul JSON, or a Go cover profile (a first line "mode: set|count|atomic")',
    { file, line: 1 },
  );
}

/** Thrown by the first `open`: the root element's start tag is well formed. */
const ROOT_REACHED = { root: true } as const;

/**
 * Why an XML document whose root is not `<coverage>` or `<report>` is not read. When the XML
 * reader refuses what comes before the root (an entity declaration, a DOCTYPE with an internal
 * subset, a comment never closed, a truncated declaration…), or the root's own start tag when no
 * root name could be found, that is the reason, given as the reader gives it when the format is
 * forced. Only the head is read, as for detection itself, so that a stream and a string say the
 * same. When the head is cut short of the root, it may seem truncated or malformed where the file
 * is not: only a refused DOCTYPE or entity declaration (refused whatever follows it) counts then.
 */
function notCoverageXml(text: string, root: string | null, file: string): InputError {
  const whole = text.length <= HEAD;
  const head = whole ? text : text.slice(0, HEAD);
  try {
    if (root === null && whole)
      readXml(head, { file }, {
        open: () => {
          throw ROOT_REACHED;
        },
      });
    else readXmlProlog(head, { file });
  } catch (e) {
    if (e instanceof XmlError) {
      if (whole || root !== null || e.code === 'doctype') return e;
    } else if (e !== ROOT_REACHED) throw e;
  }
  if (root === null && !whole)
    return new InputError(
      `an XML document whose root element does not appear in its first ${HEAD} characters (the part the format is detected from): set the format explicitly (cobertura, clover or jacoco)`,
      { file },
    );
  return new InputError(
    `an XML document with root <${root ?? '?'}> is not a coverage report (Cobertura and Clover have a <coverage> root, JaCoCo a <report>)`,
    { file },
  );
}

/**
 * The JSON formats by the keys they start with: coverage.py writes `meta` first and lists
 * `executed_lines` per file; every Istanbul file entry has a `statementMap`; Istanbul's summary
 * starts with `total`.
 */
function detectJson(head: string, file: string): ReadableCoverageFormat {
  if (/^\{\s*"meta"\s*:/.test(head) || /"executed_lines"\s*:/.test(head)) return 'coveragepy-json';
  if (/"statementMap"\s*:/.test(head)) return 'istanbul-json';
  if (/^\{\s*"total"\s*:\s*\{\s*"(lines|statements|functions|branches)"\s*:/.test(head))
    throw new InputError(SUMMARY_REFUSED, { file });
  if (/^\{\s*\}\s*$/.test(head))
    throw new InputError('an empty JSON object: no coverage data (Istanbul writes {} when no file was loaded)', { file });
  throw new InputError(
    'a JSON document that is neither coverage.py JSON ("meta", "files" with executed_lines) nor Istanbul\'s coverage-final.json (a "statementMap" per file)',
    { file },
  );
}

export function isReadableCoverageFormat(s: string): s is ReadableCoverageFormat {
  return (READABLE_COVERAGE_FORMATS as readonly string[]).includes(s);
}

/** Parse one report, detecting its format unless one is given. */
export function parseCoverage(text: string, file: string, format: ReadableCoverageFormat | 'auto' = 'auto'): CoverageReport {
  const chosen = format === 'auto' ? detectCoverageFormat(text, file) : format;
  if (format !== 'auto' && text.replace(/^\uFEFF/, '').trim() === '')
    throw new InputError('the coverage report is empty', { file });
  return forcedFormatHeld(READERS[chosen](text, file), text, file, format);
}

/**
 * A format given by the user (not detected) that reads nothing from a report whose content is
 * another format is a mistake, not an empty report: a Cobertura file read as Clover finds no
 * `<project>` and would otherwise give 0 files, exit 0 (and a failing ladder with no reason).
 * `head` is the report's start, as detection reads it. Returns the report when it stands.
 */
export function forcedFormatHeld(
  report: CoverageReport,
  head: string,
  file: string,
  format: ReadableCoverageFormat | 'auto',
): CoverageReport {
  if (format === 'auto' || report.files.length > 0) return report;
  let detected: ReadableCoverageFormat;
  try {
    detected = detectCoverageFormat(head, file);
  } catch {
    return report;
  }
  if (detected === format) return report;
  throw new InputError(
    `read as ${format} the report holds no file, and its content is ${detected}: leave the format to detection, or give ${detected}`,
    { file },
  );
}
