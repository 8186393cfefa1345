import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Host } from './types.js';

/** The real machine. Environment access for the pipeline goes through here and src/inputs.ts. */
export function nodeHost(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Host {
  return {
    now,
    monotonic: () => performance.now(),
    randomBytes: (n) => randomBytes(n),
    platform: process.platform,
    arch: process.arch,
    nodeVersion: process.versions.node,
    envValues: Object.values(env).filter((v): v is string => typeof v === 'string' && v !== ''),
    env: (name) => env[name],
  };
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
