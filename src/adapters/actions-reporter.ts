import * as core from '@actions/core';
import { logLine } from '../report/escape.js';
import type { Reporter } from './types.js';

/** GitHub rejects a step summary over 1 MiB; keep well inside it and say what was cut. */
export const SUMMARY_BUDGET = 1024 * 1024 - 4096;

export function actionsReporter(): Reporter {
  return {
    info: (m) => core.info(logLine(m)),
    warning: (m, where) =>
      core.warning(
        logLine(m),
        where?.file ? { file: where.file, ...(where.line ? { startLine: where.line } : {}) } : {},
      ),
    error: (m, where) =>
      core.error(
        logLine(m),
        where?.file ? { file: where.file, ...(where.line ? { startLine: where.line } : {}) } : {},
      ),
    async summary(markdown) {
      let text = markdown;
      if (Buffer.byteLength(text, 'utf8') > SUMMARY_BUDGET) {
        const note =
          '\n\n… the summary was cut to fit GitHub’s 1 MiB limit; the artifacts hold everything.\n';
        text =
          Buffer.from(text, 'utf8')
            .subarray(0, SUMMARY_BUDGET - note.length * 3)
            .toString('utf8') + note;
      }
      await core.summary.addRaw(text).write();
    },
    outputs(values) {
      for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
    },
  };
}
