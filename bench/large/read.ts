// One reading of one coverage report, for bench/coverage-large.mjs (bundled by it with esbuild).
//
//   node read.mjs stream|parse|string|fxp FILE
//
// stream: what `test-ladder coverage FILE --json` does, reading with readCoverageStream.
// parse:  readCoverageStream alone (the report read, nothing done with it): the reader's share.
// string: the same, reading the whole file as one string with parseCoverage (as the CLI reads today).
// fxp:    fast-xml-parser's full-document parse of the file (the reference), and nothing else.
// Prints the CLI's JSON (or, for fxp, a one-line summary) on stdout.
import { XMLParser } from 'fast-xml-parser';
import { nodeFiles } from '../../src/adapters/node-files.js';
import { mapReportPaths } from '../../src/analysis/paths.js';
import { mergeReports } from '../../src/analysis/merge.js';
import { totals } from '../../src/analysis/totals.js';
import { parseCoverage } from '../../src/formats/coverage/detect.js';
import { readCoverageStream } from '../../src/formats/coverage/read.js';
import type { CoverageReport } from '../../src/model/coverage.js';
import { isInputError } from '../../src/model/errors.js';

const [mode, file] = process.argv.slice(2);
if (!file || !['stream', 'parse', 'string', 'fxp'].includes(mode ?? '')) {
  process.stderr.write('usage: read.mjs stream|parse|string|fxp FILE\n');
  process.exit(2);
}
const files = nodeFiles();

try {
  if (mode === 'fxp') {
    const text = await files.readText(file);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text) as object;
    process.stdout.write(`${JSON.stringify({ root: Object.keys(doc) })}\n`);
  } else if (mode === 'parse') {
    const parsed = await readCoverageStream(files.readChunks(file), file, 'auto');
    process.stdout.write(`${JSON.stringify({ files: parsed.files.length })}\n`);
  } else {
    const parsed =
      mode === 'stream'
        ? await readCoverageStream(files.readChunks(file), file, 'auto')
        : parseCoverage(await files.readText(file), file, 'auto');
    process.stdout.write(
      `${coverageJson(parsed, process.cwd(), await files.listRepoFiles(process.cwd()))}\n`,
    );
  }
} catch (e) {
  // As the CLI reports an input it cannot read: the message, exit code 2.
  if (!isInputError(e)) throw e;
  process.stderr.write(`test-ladder: ${e.message}\n`);
  process.exitCode = 2;
}

/** The output of `test-ladder coverage FILE --json` (src/cli.ts), from one parsed report. */
function coverageJson(
  parsed: CoverageReport,
  workspace: string,
  repoFiles: ReadonlySet<string> | null,
): string {
  const mapped = mapReportPaths(parsed, { workspace, repoFiles });
  const report = mergeReports([mapped.report]);
  const t = totals(report);
  const formats = [...new Set(report.sources.map((s) => s.format))];
  return JSON.stringify(
    {
      format: formats.length === 1 ? formats[0] : 'mixed',
      formats,
      lines: t.lines,
      branches: t.branches,
      unmapped: mapped.summary.unmapped.length,
      files: t.files.map((f) => ({ path: f.path, lines: f.lines, branches: f.branches })),
    },
    null,
    2,
  );
}
