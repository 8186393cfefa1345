import type { CoverageReport } from '../../model/coverage.js';
import { InputError } from '../../model/errors.js';
import { parseCount, parseLineNumber, ReportBuilder, LINE_NUMBER_EXPECTED } from './build.js';

/**
 * LCOV tracefile (geninfo, istanbul/c8, coverage.py `coverage lcov`, grcov, llvm-cov).
 * Counting follows `lcov --summary`: a line is a `DA` entry, covered when its count is above zero;
 * a branch is a `BRDA` outcome, covered when taken is a number above zero (`-` means never reached).
 * Unknown record types are skipped (newer lcov adds some); a line that is not `KEY:value`, a record
 * left open at the end (a truncated file), or a bad number is an error naming the line.
 */
export function parseLcov(text: string, file: string): CoverageReport {
  const report = new ReportBuilder();
  let current: ReturnType<ReportBuilder['file']> | null = null;
  let currentStart = 0;
  /**
   * Outcome index per "line:block,branch" key, per file: records of one file from several test
   * names (TN:) describe the same outcomes, which `lcov` adds together rather than appending.
   */
  const outcomeIndexes = new Map<string, Map<string, number>>();
  let outcomeIndex = new Map<string, number>();
  /** Line of a TN: seen outside a record and not yet followed by its SF: (a cut after it is a truncation). */
  let pendingTn = 0;
  let declaredLines = { covered: 0, total: 0 };
  let declaredBranches = { covered: 0, total: 0 };
  let sawLf = false;
  let sawBrf = false;
  let records = 0;

  let lineNo = 0;
  // A byte order mark (Windows tools write one) is not part of the first record's key.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const fail = (message: string): never => {
    throw new InputError(message, { file, line: lineNo });
  };

  while (pos <= text.length) {
    // The empty tail after a final newline is not a line: errors at the end name the last line.
    if (pos === text.length && pos > 0 && text.charCodeAt(pos - 1) === 10) break;
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    lineNo++;
    let line = text.slice(pos, end);
    pos = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (line.trim() === '') {
      if (end === text.length) break;
      continue;
    }
    if (line === 'end_of_record') {
      if (!current) fail('end_of_record without a preceding SF: record');
      current = null;
      records++;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) fail(`expected an LCOV record "KEY:value", found ${quote(line)}`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1);
    switch (key) {
      case 'SF': {
        if (current) fail(`SF: before the end_of_record of the record opened at line ${currentStart}`);
        const path = value.trim();
        if (path === '') fail('SF: with an empty path');
        current = report.file(path);
        currentStart = lineNo;
        pendingTn = 0;
        outcomeIndex = outcomeIndexes.get(path) ?? new Map<string, number>();
        outcomeIndexes.set(path, outcomeIndex);
        break;
      }
      case 'DA': {
        const f = current ?? fail('DA: outside a record (no SF: before it)');
        const [ln, count] = value.split(',');
        const n = parseLineNumber(ln?.trim() ?? '');
        const hits = parseHits(count?.trim() ?? '');
        if (n === null) fail(`DA: expected ${LINE_NUMBER_EXPECTED}, found ${quote(ln ?? '')}`);
        if (hits === null) fail(`DA: expected a non-negative hit count, found ${quote(count ?? '')}`);
        f.addLine(n as number, hits as number);
        break;
      }
      case 'BRDA': {
        const f = current ?? fail('BRDA: outside a record (no SF: before it)');
        const parts = value.split(',');
        if (parts.length < 4) fail(`BRDA: expected line,block,branch,taken, found ${quote(value)}`);
        // Line 0 is real: coverage.py writes it for an arc that exits the function, and
        // `lcov --summary` counts it like any other outcome.
        const n = parts[0]!.trim() === '0' ? 0 : parseLineNumber(parts[0]!.trim());
        if (n === null) fail(`BRDA: expected a line number, found ${quote(parts[0]!)}`);
        // lcov 2 may put an expression with commas in the branch field: taken is always last.
        const takenText = parts[parts.length - 1]!.trim();
        const taken = takenText === '-' ? 0 : parseHits(takenText);
        if (taken === null) fail(`BRDA: expected a taken count or "-", found ${quote(takenText)}`);
        const outcomeKey = `${n}:${parts.slice(1, -1).join(',')}`;
        let index = outcomeIndex.get(outcomeKey);
        if (index === undefined) {
          index = f.outcomeCount(n as number);
          outcomeIndex.set(outcomeKey, index);
        }
        f.addOutcome(n as number, index, taken as number);
        break;
      }
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH': {
        const count = parseCount(value.trim());
        if (count === null) fail(`${key}: expected a non-negative count, found ${quote(value)}`);
        const n = count as number;
        if (key === 'LF') declaredLines = { ...declaredLines, total: declaredLines.total + n };
        if (key === 'LH') declaredLines = { ...declaredLines, covered: declaredLines.covered + n };
        if (key === 'BRF') declaredBranches = { ...declaredBranches, total: declaredBranches.total + n };
        if (key === 'BRH') declaredBranches = { ...declaredBranches, covered: declaredBranches.covered + n };
        if (key === 'LF') sawLf = true;
        if (key === 'BRF') sawBrf = true;
        break;
      }
      case 'TN':
        if (!current) pendingTn = lineNo;
        break;
      default:
        // VER, FN, FNDA, FNF, FNH, FNL, FNA, MCDC, …: not counted here.
        break;
    }
    if (end === text.length) break;
  }
  if (current) {
    throw new InputError(
      `the record opened by SF: at line ${currentStart} has no end_of_record; the file looks truncated`,
      { file, line: lineNo },
    );
  }
  if (pendingTn !== 0) {
    throw new InputError(`TN: at line ${pendingTn} is not followed by its SF: record; the file looks truncated`, {
      file,
      line: lineNo,
    });
  }
  if (records === 0) throw new InputError('no LCOV records (expected SF: … end_of_record)', { file });
  return {
    sources: [
      {
        file,
        format: 'lcov',
        roots: [],
        declared: {
          ...(sawLf ? { lines: declaredLines } : {}),
          ...(sawBrf ? { branches: declaredBranches } : {}),
        },
      },
    ],
    files: report.build(),
  };
}

/** gcov can print counts as floats ("1.5e+06") or with a checksum field after; take the count. */
function parseHits(text: string): number | null {
  return parseCount(text);
}

function quote(s: string): string {
  const cut = s.length > 60 ? `${s.slice(0, 60)}…` : s;
  return JSON.stringify(cut);
}
