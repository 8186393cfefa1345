// Proves the e2e harness itself against a throwaway action, before any real scenario relies on it.
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  cleanupTempDirs,
  copyInto,
  DEFAULT_SHA,
  makeTempDir,
  makeWorkspace,
  node24,
  runAction,
} from './harness.js';

const ACTION_YML = `name: harness-selftest
description: echoes what the runner gave it
inputs:
  greeting:
    description: a plain input with a default
    default: 'hello'
  exit-code:
    description: the exit code to end with
    default: '0'
  coverage-files:
    description: a hyphenated input without default
  some input:
    description: a name with a space
    default: spaced
  token:
    description: evaluated by the runner
    default: \${{ github.token }}
  repo:
    description: an expression inside text
    default: 'repo:\${{ github.repository }}!'
  behaviour:
    description: 'normal, hang or malformed'
    default: normal
outputs:
  inputs:
    description: the INPUT_* variables as JSON
runs:
  using: node24
  main: dist/index.js
`;

const INDEX_JS = `import { appendFileSync, fstatSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const env = process.env;
const setOutput = (name, value) => {
  const delimiter = 'ghadelimiter_' + randomUUID();
  appendFileSync(env.GITHUB_OUTPUT, name + '<<' + delimiter + '\\n' + value + '\\n' + delimiter + '\\n');
};
console.log('node ' + process.version);

if (env.INPUT_BEHAVIOUR === 'hang') {
  const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  writeFileSync(env.GITHUB_WORKSPACE + '/grandchild.pid', String(grandchild.pid));
  console.log('hanging');
  setInterval(() => {}, 1000);
} else if (env.INPUT_BEHAVIOUR === 'malformed') {
  appendFileSync(env.GITHUB_OUTPUT, 'broken<<EOF\\nno end\\n');
} else {
  const inputs = Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('INPUT_')));
  setOutput('inputs', JSON.stringify(inputs));
  setOutput('env-keys', JSON.stringify(Object.keys(env).sort()));
  setOutput('leak', env.TEST_LADDER_SELFTEST_LEAK ?? '<absent>');
  setOutput('cwd', process.cwd());
  let stdin;
  try {
    stdin = readlinkSync('/proc/self/fd/0');
  } catch {
    stdin = fstatSync(0).isFIFO() ? 'a pipe' : '/dev/null';
  }
  setOutput('stdin', stdin);
  setOutput('event', readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  setOutput('multi', 'line 1\\nline 2\\n');
  setOutput('fixture', readFileSync('reports/nested/data.txt', 'utf8'));
  appendFileSync(env.GITHUB_OUTPUT, 'plain=a=b\\n');
  appendFileSync(env.GITHUB_ENV, 'FROM_ACTION=yes\\n');
  appendFileSync(env.GITHUB_STATE, 'phase=main\\n');
  appendFileSync(env.GITHUB_PATH, '/opt/tool/bin\\n');
  appendFileSync(env.GITHUB_STEP_SUMMARY, '## ' + env.INPUT_GREETING + '\\n\\n| a | b |\\n');
  console.log('::warning file=src/a%2Cb.ts,line=3,title=Gate%3A floor::50%25 done%0Anext line');
  console.log('::group::Reading reports');
  console.log('::endgroup::');
  console.error('to stderr');
  process.exitCode = Number(env['INPUT_EXIT-CODE']);
}
`;

let actionDir: string;

beforeAll(async () => {
  actionDir = await makeTempDir('test-ladder-e2e-action-');
  await mkdir(join(actionDir, 'dist'));
  await writeFile(join(actionDir, 'action.yml'), ACTION_YML);
  await writeFile(join(actionDir, 'package.json'), '{ "type": "module" }\n');
  await writeFile(join(actionDir, 'dist', 'index.js'), INDEX_JS);
});

afterAll(cleanupTempDirs);

async function workspace(): Promise<string> {
  return makeWorkspace({ 'reports/nested/data.txt': 'fixture data', 'bytes.bin': new Uint8Array([0, 1, 2]) });
}

function json(text: string | undefined): unknown {
  expect(text).toBeDefined();
  return JSON.parse(text ?? '');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  // A killed process nobody has reaped yet (no init in a container) is a zombie: dead all the same.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('runAction on a throwaway action', () => {
  it('runs dist/index.js under Node 24 with every declared input, defaults applied', async () => {
    const ws = await workspace();
    const run = await runAction({
      workspace: ws,
      actionDir,
      inputs: { 'coverage-files': 'a.xml\nb/*.info' },
      githubToken: 'ghs_faketoken',
    });
    expect(run.stderr).toBe('to stderr\n');
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^node v24\./);
    expect(json(run.outputs['inputs'])).toEqual({
      INPUT_GREETING: 'hello',
      'INPUT_EXIT-CODE': '0',
      'INPUT_COVERAGE-FILES': 'a.xml\nb/*.info',
      INPUT_SOME_INPUT: 'spaced',
      INPUT_TOKEN: 'ghs_faketoken',
      INPUT_REPO: 'repo:octo-org/octo-repo!',
      INPUT_BEHAVIOUR: 'normal',
    });
    expect(run.outputs['cwd']).toBe(ws);
    expect(run.workspace).toBe(ws);
    // No standard input: the null device, never a pipe the action could block on.
    expect(run.outputs['stdin']).toBe('/dev/null');
    expect(run.outputs['fixture']).toBe('fixture data');
    expect(await readFile(join(ws, 'bytes.bin'))).toEqual(Buffer.from([0, 1, 2]));
    expect(run.durationMs).toBeGreaterThan(0);
  });

  it('parses outputs, summary, env, state, path and workflow commands', async () => {
    const run = await runAction({ workspace: await workspace(), actionDir });
    expect(run.outputs['multi']).toBe('line 1\nline 2\n');
    expect(run.outputs['plain']).toBe('a=b');
    expect(run.summary).toBe('## hello\n\n| a | b |\n');
    expect(run.env).toEqual({ FROM_ACTION: 'yes' });
    expect(run.state).toEqual({ phase: 'main' });
    expect(run.path).toEqual(['/opt/tool/bin']);
    expect(run.commands).toEqual([
      {
        command: 'warning',
        props: { file: 'src/a,b.ts', line: '3', title: 'Gate: floor' },
        message: '50% done\nnext line',
      },
      { command: 'group', props: {}, message: 'Reading reports' },
      { command: 'endgroup', props: {}, message: '' },
    ]);
  });

  it('propagates the exit code', async () => {
    const run = await runAction({ workspace: await workspace(), actionDir, inputs: { 'exit-code': '3' } });
    expect(run.exitCode).toBe(3);
  });

  it('starts the action in a clean environment with the runner variables', async () => {
    process.env['TEST_LADDER_SELFTEST_LEAK'] = 'must not be seen';
    try {
      const run = await runAction({
        workspace: await workspace(),
        actionDir,
        env: { GITHUB_REPOSITORY: 'acme/widgets', TPR_EXTRA: 'x' },
      });
      expect(run.outputs['leak']).toBe('<absent>');
      const keys = json(run.outputs['env-keys']) as string[];
      const unexpected = keys.filter(
        (key) => !/^(PATH|HOME|CI|TPR_EXTRA|INPUT_.+|GITHUB_.+|RUNNER_.+)$/.test(key),
      );
      expect(unexpected).toEqual([]);
      for (const key of [
        'GITHUB_OUTPUT',
        'GITHUB_STEP_SUMMARY',
        'GITHUB_ENV',
        'GITHUB_PATH',
        'GITHUB_STATE',
        'GITHUB_EVENT_PATH',
        'GITHUB_SHA',
        'GITHUB_RUN_ATTEMPT',
        'RUNNER_TEMP',
      ]) {
        expect(keys).toContain(key);
      }
      expect(run.launchEnv['HOME']).not.toBe(process.env['HOME']);
      expect(run.launchEnv['HOME']?.startsWith(run.runnerTemp.replace(/temp$/, ''))).toBe(true);
      expect(run.launchEnv['GITHUB_ACTIONS']).toBe('true');
      expect(run.launchEnv['GITHUB_API_URL']).toBe('http://127.0.0.1:1');
      expect(run.launchEnv['GITHUB_SHA']).toMatch(/^[0-9a-f]{40}$/);
      expect(run.launchEnv['GITHUB_REPOSITORY']).toBe('acme/widgets');
      expect(run.launchEnv['GITHUB_REPOSITORY_OWNER']).toBe('acme');
      expect(run.launchEnv['TPR_EXTRA']).toBe('x');
      expect(json(run.outputs['inputs'])).toMatchObject({
        INPUT_REPO: 'repo:acme/widgets!',
        INPUT_TOKEN: '',
      });
      expect(json(run.outputs['event'])).toMatchObject({
        ref: 'refs/heads/main',
        after: DEFAULT_SHA,
        repository: { full_name: 'acme/widgets', owner: { login: 'acme' } },
      });
    } finally {
      delete process.env['TEST_LADDER_SELFTEST_LEAK'];
    }
  });

  it('writes the given event payload and derives the pull request variables', async () => {
    const payload = {
      number: 7,
      pull_request: { number: 7, head: { ref: 'feature', sha: 'a'.repeat(40) }, base: { ref: 'main' } },
    };
    const run = await runAction({
      workspace: await workspace(),
      actionDir,
      event: { name: 'pull_request', payload },
    });
    expect(json(run.outputs['event'])).toEqual(payload);
    expect(run.launchEnv).toMatchObject({
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_HEAD_REF: 'feature',
      GITHUB_BASE_REF: 'main',
    });
  });

  it('kills a hanging action and its children on timeout, and says so', async () => {
    const ws = await workspace();
    const started = Date.now();
    await expect(
      runAction({ workspace: ws, actionDir, inputs: { behaviour: 'hang' }, timeoutMs: 1_500 }),
    ).rejects.toThrow(/timed out after 1500 ms; its process group was killed[\s\S]*hanging/);
    expect(Date.now() - started).toBeLessThan(15_000);
    const pid = Number(await readFile(join(ws, 'grandchild.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(0);
    const deadline = Date.now() + 5_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(isAlive(pid)).toBe(false);
  });

  it('rejects a malformed GITHUB_OUTPUT as a bug in the action', async () => {
    await expect(
      runAction({ workspace: await workspace(), actionDir, inputs: { behaviour: 'malformed' } }),
    ).rejects.toThrow(/malformed GITHUB_OUTPUT[\s\S]*delimiter "EOF" not found/);
  });

  it('rejects an input action.yml does not declare', async () => {
    await expect(
      runAction({ workspace: await workspace(), actionDir, inputs: { coverage_files: 'x' } }),
    ).rejects.toThrow(/Unknown input "coverage_files"/);
  });

  it('rejects an action without dist/index.js and a missing workspace', async () => {
    const empty = await makeTempDir();
    await expect(runAction({ workspace: empty, actionDir: empty })).rejects.toThrow(/npm run bundle/);
    await expect(runAction({ workspace: join(empty, 'nope'), actionDir })).rejects.toThrow(
      /is not a directory/,
    );
  });
});

describe('workspace helpers', () => {
  it('copies a directory into the workspace and refuses paths outside it', async () => {
    const source = await makeWorkspace({ 'a.txt': 'A', 'sub/b.txt': 'B' });
    const ws = await makeWorkspace();
    const target = await copyInto(ws, source, 'copied/here');
    expect(target).toBe(join(ws, 'copied', 'here'));
    expect(await readFile(join(ws, 'copied/here/sub/b.txt'), 'utf8')).toBe('B');
    await expect(copyInto(ws, source, '../escape')).rejects.toThrow(/not a path inside/);
    await expect(makeWorkspace({ '/etc/x': 'no' })).rejects.toThrow(/not a path inside/);
  });

  it('finds a Node 24 binary', () => {
    expect(node24()).toBe(node24());
    expect(node24()).toMatch(/node$/);
  });
});
