import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Host } from './types.js';
import { isSecretKey } from '../events/redact.js';

/** The real machine. Environment access for the pipeline goes through here and src/inputs.ts. */
export function nodeHost(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Host {
  return {
    now,
    monotonic: () => performance.now(),
    randomBytes: (n) => randomBytes(n),
    platform: process.platform,
    arch: process.arch,
    nodeVersion: process.versions.node,
    envValues: redactableValues(env),
    env: (name) => env[name],
  };
}

/**
 * The values redacted from events: every variable's, except those public by contract, whose values
 * are the run's own description and never a secret: the action's inputs (`INPUT_*`: the step's
 * configuration as the workflow file writes it), the runner's context (`GITHUB_*`: job, ref,
 * repository, workspace; `RUNNER_*`: OS, arch, temp) and the plan's settings (`TPR_*`: modes and
 * thresholds). Hiding them would turn `"mode":"soft"` into `"mode":"[redacted]"` and every `test`
 * in a message into `[redacted]` when the job is called `test`. A variable whose name says it is a
 * secret (`INPUT_GITHUB-TOKEN`, `GITHUB_TOKEN`) and `TPR_SEED` (recorded by presence only) stay
 * redacted.
 */
const PUBLIC_PREFIXES = ['INPUT_', 'GITHUB_', 'RUNNER_', 'TPR_'];

export function redactableValues(env: NodeJS.ProcessEnv): string[] {
  const isPublic = (name: string) =>
    PUBLIC_PREFIXES.some((p) => name.startsWith(p)) && !isSecretKey(name) && name !== 'TPR_SEED';
  return Object.entries(env)
    .filter(([name, v]) => typeof v === 'string' && v !== '' && !isPublic(name))
    .map(([, v]) => v!);
}

/** TEST_LADDER_NOW (an ISO instant) pins the clock for reproducible runs and tests. */
export function clockFrom(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env['TEST_LADDER_NOW'];
  if (pinned && !Number.isNaN(Date.parse(pinned))) {
    const t = new Date(pinned);
    return () => new Date(t.getTime());
  }
  return () => new Date();
}
