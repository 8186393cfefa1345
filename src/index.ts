import * as core from '@actions/core';
import { actionsReporter } from './adapters/actions-reporter.js';
import { clockFrom, nodeHost } from './adapters/host.js';
import { nodeFiles } from './adapters/node-files.js';
import { gitChangedLines } from './adapters/git.js';
import { nodeEnvironmentProbe } from './adapters/probe.js';
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
        diffFile: get(INPUT.diffFile),
        baseRef: get(INPUT.baseRef),
        validateEnv: get(INPUT.validateEnv),
      },
      process.env,
      process.cwd(),
      (key) => `input ${INPUT[key]}`,
    );
    const host = nodeHost(process.env, clockFrom(process.env));
    const outcome = await run(inputs, {
      files: nodeFiles(),
      reporter: actionsReporter(),
      host,
      probe: nodeEnvironmentProbe(host),
      git: gitChangedLines,
    });
    if (outcome.exitCode === 2) {
      core.setFailed(outcome.error ?? 'unreadable input');
      process.exitCode = 2;
    } else if (outcome.exitCode === 1) {
      const reasons = outcome.failed.flatMap((v) => v.reasons);
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
