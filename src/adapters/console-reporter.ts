import type { Reporter } from './types.js';

/** A terminal: results on stdout, warnings and errors on stderr. Summary and outputs are the artifacts' job. */
export function consoleReporter(
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): Reporter {
  const where = (w?: { file?: string; line?: number }) =>
    w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '';
  return {
    info: (m) => void out.write(`${m}\n`),
    warning: (m, w) => void err.write(`warning: ${where(w)}${m}\n`),
    error: (m, w) => void err.write(`error: ${where(w)}${m}\n`),
    summary: async () => {},
    outputs: () => {},
  };
}
