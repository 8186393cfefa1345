import * as core from '@actions/core';
import { actionsReporter } from './adapters/actions-reporter.js';
import { clockFrom, nodeHost } from './adapters/host.js';
import { nodeFiles } from './adapters/node-files.js';
import { INPUT, lines, resolveInputs } from './inputs.js';
import { run } from './main.js';
import { isInputError } from './model/errors.js';
import { logLine } from './report/escape.js';

/** The action: read inputs, build the runner's adapters, await the same run() the CLI uses. */
export async function main(): Promise<void> {
  try {
    const get = (name: string) => core.getInput(name);
    const inputs = resolveInputs(
      {
        mode: get(INPUT.mode),
        coverage: lines(get(INPUT.coverageFiles)),
        coverageFormat: get(INPUT.coverageFormat),
        tests: lines(get(INPUT.testFiles)),
        config: get(INPUT.config),
        baseDir: get(INPUT.baseDir),
        historyDir: get(INPUT.historyDir),
        outDir: get(INPUT.artifactsDir),
        date: get(INPUT.date),
      },
      process.env,
      process.cwd(),
      (key) => `input ${INPUT[key]}`,
    );
    const outcome = await run(inputs, {
      files: nodeFiles(),
      reporter: actionsReporter(),
      host: nodeHost(process.env, clockFrom(process.env)),
    });
    if (outcome.exitCode === 2) {
      core.setFailed(outcome.error ?? 'unreadable input');
      process.exitCode = 2;
    } else if (outcome.exitCode === 1) {
      const reasons = outcome.result?.verdicts.flatMap((v) => (v.status === 'fail' ? v.reasons : [])) ?? [];
      core.setFailed(logLine(reasons.map((r) => `${r.code}: ${r.message}`).join('; ') || 'a gate failed'));
      process.exitCode = 1;
    }
  } catch (e) {
    if (isInputError(e)) {
      core.setFailed(e.message);
      process.exitCode = 2;
      return;
    }
    core.setFailed(
      `test-ladder failed unexpectedly: ${logLine(e instanceof Error ? (e.stack ?? e.message) : String(e))}`,
    );
    process.exitCode = 2;
  }
}

await main();
