import { performance } from 'node:perf_hooks';
import { progressLine } from '../report/terminal.js';
import type { ReadProgressSink } from './node-files.js';
import type { Reporter } from './types.js';

/** What a progress line is drawn on: a terminal stream (process.stderr), or a fake one in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  /** Width of the terminal; the line is cut to fit so that rewriting it in place works. */
  readonly columns?: number;
  write(text: string): unknown;
}

/** Something that may have a line drawn on the terminal and clears it before other output. */
export interface Interruptible {
  /** Clears the line if one is drawn; the next update draws it again. */
  interrupt(): void;
}

/**
 * A terminal: results on stdout, warnings and errors on stderr. Summary and outputs are the
 * artifacts' job. A progress line being drawn is cleared first, so a message never lands after it.
 */
export function consoleReporter(
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  progress?: Interruptible,
): Reporter {
  const where = (w?: { file?: string; line?: number }) =>
    w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '';
  const write = (stream: NodeJS.WritableStream, text: string) => {
    progress?.interrupt();
    stream.write(text);
  };
  return {
    info: (m) => write(out, `${m}\n`),
    warning: (m, w) => write(err, `warning: ${where(w)}${m}\n`),
    error: (m, w) => write(err, `error: ${where(w)}${m}\n`),
    summary: async () => {},
    outputs: () => {},
  };
}

export interface TerminalProgressOptions {
  /** Milliseconds from any origin; default performance.now. */
  readonly now?: () => number;
  /** A read is shown once it has taken this long. Default 1000 ms. */
  readonly delayMs?: number;
  /** …or, for a file at least this large, once it has taken `intervalMs`. Default 64 MiB. */
  readonly largeBytes?: number;
  /** The line is rewritten at most this often. Default 250 ms: 4 times a second. */
  readonly intervalMs?: number;
  /** How a file is named on the line (the CLI shows it relative to the working directory). */
  readonly display?: (file: string) => string;
}

export const PROGRESS_DEFAULTS = { delayMs: 1000, largeBytes: 64 * 1024 * 1024, intervalMs: 250 } as const;

/** Carriage return, then erase the whole line (ECMA-48 EL 2): the cursor is back at column 0. */
const CLEAR = '\r\x1b[2K';

/**
 * Progress of long reads as one line on a terminal, rewritten in place and cleared when the read
 * ends. Nothing at all is written when the stream is not a TTY (a CI log, a file, a pipe): carriage
 * returns and escape codes would be noise there. Quick reads show nothing either. Driven by the
 * reads' own updates: no timer keeps the process alive or fires during other output.
 */
export function terminalProgress(
  stream: ProgressStream,
  options: TerminalProgressOptions = {},
): ReadProgressSink & Interruptible {
  if (stream.isTTY !== true)
    return { begin: () => ({ update: () => {}, end: () => {} }), interrupt: () => {} };
  const now = options.now ?? (() => performance.now());
  const delayMs = options.delayMs ?? PROGRESS_DEFAULTS.delayMs;
  const largeBytes = options.largeBytes ?? PROGRESS_DEFAULTS.largeBytes;
  const intervalMs = options.intervalMs ?? PROGRESS_DEFAULTS.intervalMs;
  const display = options.display ?? ((f: string) => f);

  /** The read drawn (the one begun last and not ended), and whether its line is on the screen. */
  let active: object | null = null;
  let shown = false;
  let lastDraw = -Infinity;

  const clear = () => {
    if (shown) stream.write(CLEAR);
    shown = false;
  };

  return {
    begin(file, totalBytes) {
      const token = {};
      active = token;
      clear();
      const started = now();
      lastDraw = -Infinity;
      let bytesRead = 0;
      return {
        update(read) {
          bytesRead = read;
          if (active !== token) return;
          const t = now();
          const elapsedMs = t - started;
          const due = shown
            ? t - lastDraw >= intervalMs
            : elapsedMs >= delayMs ||
              (totalBytes !== null && totalBytes >= largeBytes && elapsedMs >= intervalMs);
          if (!due) return;
          const line = progressLine({ file: display(file), bytesRead, totalBytes, elapsedMs });
          const width = stream.columns !== undefined && stream.columns > 1 ? stream.columns - 1 : Infinity;
          stream.write(`${CLEAR}${fit(line, width)}`);
          shown = true;
          lastDraw = t;
        },
        end() {
          if (active !== token) return;
          clear();
          active = null;
        },
      };
    },
    interrupt: clear,
  };
}

/** The line cut to `width` code points (a surrogate pair is never cut in two), with an ellipsis. */
function fit(line: string, width: number): string {
  const points = [...line];
  if (points.length <= width) return line;
  return `${points.slice(0, Math.max(0, width - 1)).join('')}…`;
}
