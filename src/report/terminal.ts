import type { RunResult } from '../analysis/run-result.js';
import type { GateStatus } from '../model/verdict.js';
import { plain } from './escape.js';
import { pct, seconds, share } from './format.js';
import { headline, ladderLine } from './summary.js';
import { baseDeltaSentence, suffixSentence, unmappedSentence } from './sections.js';
import { extras } from './extras.js';

export interface TerminalOptions {
  /** ANSI colour: for a TTY with NO_COLOR unset; the caller decides, this module reads no environment. */
  readonly color: boolean;
}

const SGR = {
  reset: '\x1b[0m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
  red: '\x1b[31m',
  green: '\x1b[32m',
  yellow: '\x1b[33m',
};
const STATUS_COLOR: Record<GateStatus, string> = {
  pass: SGR.green,
  warn: SGR.yellow,
  fail: SGR.red,
  skipped: SGR.dim,
};

/**
 * The verdict for a terminal: the same headline and ladder line as the comment, then one line per
 * gate with its reasons, then what the job summary adds for a developer at the terminal: the test
 * and patch figures, the comparison with the base run (and why it dropped, when only removed code
 * explains it), reported paths that match no repository file with the path-prefix that would map
 * them, and the ratchet's proposal or why it holds. Report text passes through `plain`, which drops
 * control characters, so a test name cannot move the cursor or change colours.
 */
export function renderTerminal(r: RunResult, opts: TerminalOptions): string {
  const paint = (s: string, ...codes: string[]) =>
    opts.color && codes.length > 0 ? `${codes.join('')}${s}${SGR.reset}` : s;
  const out: string[] = [];
  out.push(paint(headline(r, 'text'), SGR.bold, STATUS_COLOR[r.status]));
  // The ladder line is markdown; for a terminal only its bold markers go.
  out.push(`  ${plain(ladderLine(r).replace(/\*\*/g, ''))}`);
  const width = Math.max(...r.verdicts.map((v) => v.gate.length), 4);
  for (const v of r.verdicts) {
    const gate = plain(v.gate).padEnd(width);
    const status = paint(v.status, STATUS_COLOR[v.status]);
    const first = v.reasons[0];
    // A gate without reasons ends at its status: no trailing blanks.
    out.push(
      `  ${gate}  ${status}${first ? `${' '.repeat(7 - v.status.length)}  ${reasonText(first)}` : ''}`,
    );
    for (const x of v.reasons.slice(1))
      out.push(`  ${' '.repeat(width)}  ${' '.repeat(7)}  ${reasonText(x)}`);
  }
  if (r.tests) {
    const t = r.tests.totals;
    const d = r.tests.durations.percentiles;
    const flakes = extras(r).flakes;
    out.push(
      `  tests: ${t.total} total, ${t.passed} passed, ${t.failed} failed, ${t.errors} errors, ${t.skipped} skipped, ${t.flaky} flaky${flakes ? ` (flake rate ${share(flakes.flakeRate)})` : ''}; p50 ${seconds(d.p50)}, p95 ${seconds(d.p95)}`,
    );
  }
  const patch = r.coverage.patch;
  if (patch)
    out.push(`  patch: ${pct(patch.percent)} (${patch.covered}/${patch.total} changed executable lines)`);
  const label = (name: string, lines: readonly string[], ...codes: string[]) =>
    lines.map((l, i) => `  ${i === 0 ? `${paint(name, ...codes)}:` : ' '.repeat(name.length + 1)} ${l}`);
  out.push(...label('base', baseLines(r)));
  // Yellow when paths are lost; a prefix that only makes suffix matches exact is no warning.
  out.push(...label('paths', pathLines(r), ...(r.coverage.paths.unmapped.length > 0 ? [SGR.yellow] : [])));
  const ratchet = r.coverage.ratchet;
  if (ratchet) {
    const raise = ratchet.proposed !== null;
    const code = paint(plain(ratchet.reason.code), raise ? SGR.green : SGR.dim);
    out.push(`  ratchet: ${code}: ${text(ratchet.reason.message)}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * The comparison with the base run, in the job summary's words, and why coverage dropped when only
 * removed code explains it. A failing ladder already lists that explanation among its reasons.
 */
function baseLines(r: RunResult): string[] {
  const b = r.coverage.baseDelta;
  if (!b) return [];
  const source = r.coverage.base ? ` (base run ${text(r.coverage.base.source)})` : '';
  const out = [`${baseDeltaSentence(b.delta)}${source}`];
  const why = b.explanation;
  const listed =
    why && r.verdicts.some((v) => v.reasons.some((x) => x.code === why.code && x.message === why.message));
  if (why && !listed) out.push(reasonText(why));
  return out;
}

/** Reported paths that match no repository file and the path-prefix that would map them, as the summary says. */
function pathLines(r: RunResult): string[] {
  const paths = r.coverage.paths;
  // The suggestion names the count itself ("3 coverage paths match no file …; … would map all of them").
  const lost = paths.prefixSuggestion ? text(paths.prefixSuggestion) : unmappedSentence(paths, text);
  return [lost, suffixSentence(paths, text)].filter((l): l is string => l !== null);
}

function reasonText(x: { readonly code: string; readonly message: string }): string {
  return `${plain(x.code)}: ${text(x.message)}`;
}

/** Report text for one terminal line: no control character, no line break. */
function text(s: string): string {
  return plain(oneLine(s));
}

function oneLine(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ');
}

export interface ReadProgress {
  /** What is being read, as shown (a repository-relative path). */
  readonly file: string;
  readonly bytesRead: number;
  /** Null when the size is not known in advance (a pipe). */
  readonly totalBytes: number | null;
  readonly elapsedMs: number;
}

/**
 * One progress line for a long read. The caller rewrites it in place on a TTY (`\r` + this) and
 * prints nothing on a pipe; the line itself is the same either way.
 */
export function progressLine(p: ReadProgress): string {
  const done =
    p.totalBytes !== null && p.totalBytes > 0
      ? `${bytes(p.bytesRead)} of ${bytes(p.totalBytes)} (${Math.min(100, Math.floor((p.bytesRead / p.totalBytes) * 100))} %)`
      : bytes(p.bytesRead);
  const rate = p.elapsedMs > 0 ? `, ${bytes((p.bytesRead / p.elapsedMs) * 1000)}/s` : '';
  return `reading ${text(p.file)}: ${done}, ${seconds(p.elapsedMs / 1000)}${rate}`;
}

function bytes(n: number): string {
  if (n < 1024) return `${Math.round(n)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}
