import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A temporary folder for tests that run real git, and the environment to run it in: no system or
 * user configuration, a fixed author and committer, and no repository above the folder found by
 * accident. The folder is the resolved path (macOS's /tmp is a link, and git reports the resolved
 * one). `extra` is added to the environment. The caller removes the folder.
 */
export function gitSandbox(
  name: string,
  extra: Record<string, string> = {},
): { tmp: string; env: Record<string, string> } {
  const tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), `test-ladder-${name}-`)));
  const globalConfig = path.join(tmp, 'gitconfig');
  writeFileSync(globalConfig, '');
  const env = {
    PATH: process.env['PATH'] ?? '',
    HOME: tmp,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_CEILING_DIRECTORIES: tmp,
    GIT_AUTHOR_NAME: 'T',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 'T',
    GIT_COMMITTER_EMAIL: 't@example.com',
    ...extra,
  };
  return { tmp, env };
}
