import { hitCounts } from '../../src/formats/coverage/build.js';
import type { BranchPoint, CoverageReport, FileCoverage, StatementBlock } from '../../src/model/coverage.js';

/** A FileCoverage from plain arrays, kept as a reader keeps it (typed arrays, hits narrowed). */
export function fileCoverage(f: {
  readonly path: string;
  readonly lines: readonly number[];
  readonly hits: readonly number[];
  readonly branches?: readonly BranchPoint[];
  readonly blocks?: readonly StatementBlock[];
}): FileCoverage {
  return {
    path: f.path,
    lines: Uint32Array.from(f.lines),
    hits: hitCounts(f.hits),
    branches: f.branches ?? [],
    ...(f.blocks ? { blocks: f.blocks } : {}),
  };
}

/** A file as plain data (typed arrays as arrays), to compare with a literal. */
export interface PlainFile {
  readonly path: string;
  readonly lines: number[];
  readonly hits: number[];
  readonly branches: readonly BranchPoint[];
  readonly blocks?: readonly StatementBlock[];
}

export function plainFile(f: FileCoverage): PlainFile {
  return { ...f, lines: [...f.lines], hits: [...f.hits] };
}

export function plainFiles(files: readonly FileCoverage[]): PlainFile[] {
  return files.map(plainFile);
}

export function plainReport(r: CoverageReport): Omit<CoverageReport, 'files'> & { files: PlainFile[] } {
  return { ...r, files: plainFiles(r.files) };
}
