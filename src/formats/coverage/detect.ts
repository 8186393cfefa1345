import type { CoverageFormat, CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { xmlRoot } from '../../xml/index.js';
import { parseCobertura } from './cobertura.js';
import { parseLcov } from './lcov.js';

/** The formats this version reads. The others in CoverageFormat arrive with their readers. */
export const READABLE_COVERAGE_FORMATS = ['cobertura', 'lcov'] as const satisfies readonly CoverageFormat[];
export type ReadableCoverageFormat = (typeof READABLE_COVERAGE_FORMATS)[number];

const READERS: Record<ReadableCoverageFormat, (text: string, file: string) => CoverageReport> = {
  cobertura: parseCobertura,
  lcov: parseLcov,
};

/**
 * Which format a report is, from its content (never its name). Returns a readable format, or
 * throws an InputError that says what the file looks like and what is read.
 */
export function detectCoverageFormat(text: string, file: string): ReadableCoverageFormat {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  const trimmed = head.trimStart();
  if (trimmed === '') throw new InputError('the coverage report is empty', { file });
  if (trimmed.startsWith('<')) {
    const root = xmlRoot(text);
    if (root === 'coverage') {
      if (/<coverage\b[^>]*\bclover=/.test(head) || /<project\b/.test(head))
        throw unsupported(file, 'Clover XML');
      return 'cobertura';
    }
    if (root === 'report') throw unsupported(file, 'JaCoCo XML');
    throw new InputError(
      `an XML document with root <${root ?? '?'}> is not a coverage report this version reads (Cobertura has a <coverage> root)`,
      { file },
    );
  }
  if (/^(TN|SF|VER):/m.test(head)) return 'lcov';
  if (trimmed.startsWith('{')) throw unsupported(file, 'a JSON coverage report (coverage.py or Istanbul)');
  if (/^mode: (set|count|atomic)\s*$/m.test(head.split('\n', 1)[0] ?? '')) throw unsupported(file, 'a Go cover profile');
  throw new InputError(
    'not a coverage report: expected Cobertura XML (<coverage> root) or LCOV (lines starting with TN:, SF:)',
    { file, line: 1 },
  );
}

function unsupported(file: string, what: string): InputError {
  return new InputError(
    `this looks like ${what}, which this version does not read yet; convert it to Cobertura or LCOV (supported: ${READABLE_COVERAGE_FORMATS.join(', ')})`,
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
  return READERS[chosen](text, file);
}
