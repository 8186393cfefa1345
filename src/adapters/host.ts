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
 * The values redacted from events: every variable's, except the action's own inputs (`INPUT_*`),
 * which are the step's configuration as written in the workflow file (`mode: validate-env`,
 * `validate-env: skip`): hiding them would hide what the run was asked to do and nothing secret. An
 * input whose name says it is a secret (`github-token`) is still redacted.
 */
export function redactableValues(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(
      ([name, v]) => typeof v === 'string' && v !== '' && (!name.startsWith('INPUT_') || isSecretKey(name)),
    )
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
