import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  nodeEnvironmentProbe,
  readLockFiles,
  readMarkers,
  runProbe,
  runProbeSpec,
} from '../../src/adapters/probe.js';
import { nodeHost } from '../../src/adapters/host.js';
import {
  environmentSignature,
  expectationsFor,
  planCapture,
  type ProbeOutcome,
} from '../../src/analysis/environment.js';
import { DEFAULT_ENVIRONMENT } from '../../src/config/environment.js';
import { judgeEnvironment } from '../../src/gates/environment.js';

// Real processes: shell scripts stand in for tools that answer, hang, babble or are not there.
const posix = process.platform !== 'win32';
let dir: string;
let bin: string;
let env: NodeJS.ProcessEnv;

function tool(name: string, body: string, mode = 0o755): string {
  const file = path.join(bin, name);
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, mode);
  return file;
}

/** Running, as opposed to gone or a zombie waiting for an init that reaps when it pleases. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    if (process.platform === 'linux') return false;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'test-ladder-probe-'));
  bin = path.join(dir, 'bin');
  mkdirSync(bin);
  env = { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` };
  tool('fake-tool', 'echo "fake-tool 2.4.1 (built 2026-01-01)"');
  tool('stderr-tool', 'echo "Some Tool version 3.1.0" >&2');
  tool('garbage-tool', 'echo "hello, I have no version"; echo "nor here" >&2');
  tool('failing-tool', 'echo "boom" >&2; exit 3');
  tool('hang-tool', `sleep 1000 &\necho $! > "${path.join(dir, 'grandchild.pid')}"\nwait`);
  tool('leaves-child', `sleep 30 &\necho $! > "${path.join(dir, 'left.pid')}"\necho "leaves-child 1.0.0"`);
  tool('big-tool', `head -c 1048576 /dev/zero | tr '\\000' 'x'; echo; echo "big-tool 9.9.9"`);
  tool('not-executable', 'echo 1.0.0', 0o644);
  tool('args-tool', 'echo "args: $*"; echo "args-tool 0.3.0"');
});

afterAll(() => {
  // The child leaves-child leaves behind is this test's to end.
  try {
    process.kill(Number(readFileSync(path.join(dir, 'left.pid'), 'utf8')), 'SIGKILL');
  } catch {
    // Not started, or gone.
  }
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!posix)('runProbe: one version command, no shell, bounded', () => {
  const run = (argv: [string, ...string[]], timeoutMs = 5000, maxOutputBytes?: number) =>
    runProbe(argv, { timeoutMs, env, ...(maxOutputBytes === undefined ? {} : { maxOutputBytes }) });

  it('captures stdout and stderr of a tool that answers', async () => {
    const r = await run(['fake-tool', '--version']);
    expect(r).toMatchObject({
      status: 'exited',
      command: 'fake-tool --version',
      exitCode: 0,
      signal: null,
      stdout: 'fake-tool 2.4.1 (built 2026-01-01)\n',
      stderr: '',
      stdoutBytes: 35,
      stderrBytes: 0,
    });
    expect(await run(['stderr-tool'])).toMatchObject({
      status: 'exited',
      stdout: '',
      stderr: 'Some Tool version 3.1.0\n',
    });
  });

  it('passes arguments as they are: no shell expands them', async () => {
    const r = await run(['args-tool', '$HOME', '*', '; rm -rf /']);
    expect(r.status === 'exited' && r.stdout).toBe('args: $HOME * ; rm -rf /\nargs-tool 0.3.0\n');
  });

  it('ENOENT is missing', async () => {
    expect(await run(['no-such-tool-anywhere', '--version'])).toMatchObject({
      status: 'missing',
      command: 'no-such-tool-anywhere --version',
    });
  });

  it('a file that cannot be executed is an error with its code', async () => {
    expect(await run(['not-executable'])).toMatchObject({ status: 'error', code: 'EACCES' });
  });

  it('a NUL byte in an argument is an error, not a rejection', async () => {
    expect(await run(['fake-tool', 'a\u0000b'])).toMatchObject({
      status: 'error',
      code: 'ERR_INVALID_ARG_VALUE',
    });
  });

  it('a tool that hangs is stopped at the timeout, its whole process group with it', async () => {
    const r = await run(['hang-tool', '--version'], 300);
    expect(r).toMatchObject({ status: 'timeout', command: 'hang-tool --version', timeoutMs: 300 });
    expect(r.ms).toBeGreaterThanOrEqual(290);
    const grandchild = Number(readFileSync(path.join(dir, 'grandchild.pid'), 'utf8'));
    // SIGKILL is delivered asynchronously; give the kernel a moment to reap.
    for (let i = 0; i < 50 && alive(grandchild); i++) await new Promise((r) => setTimeout(r, 20));
    expect(alive(grandchild)).toBe(false);
  });

  it('a tool that exits but leaves a child holding its output is done when it exits', async () => {
    const r = await run(['leaves-child'], 10_000);
    expect(r).toMatchObject({ status: 'exited', exitCode: 0, stdout: 'leaves-child 1.0.0\n' });
    expect(r.ms).toBeLessThan(10_000);
  });

  it('keeps at most the cap of each stream but counts everything', async () => {
    const r = await run(['big-tool'], 10_000, 64 * 1024);
    expect(r.status).toBe('exited');
    if (r.status !== 'exited') return;
    expect(r.stdout.length).toBe(64 * 1024);
    expect(r.stdoutBytes).toBe(1048576 + 1 + 'big-tool 9.9.9\n'.length);
  });

  it('a non-zero exit is recorded, with what was printed', async () => {
    expect(await run(['failing-tool'])).toMatchObject({ status: 'exited', exitCode: 3, stderr: 'boom\n' });
  });

  it('runProbeSpec tries the next command only while the previous is missing', async () => {
    expect(
      await runProbeSpec(
        { alternatives: [['no-such-python3', '--version'], ['fake-tool', '--version'], ['garbage-tool']] },
        { timeoutMs: 5000, env },
      ),
    ).toMatchObject({ status: 'exited', command: 'fake-tool --version' });
    expect(
      await runProbeSpec({ alternatives: [['no-such-a'], ['no-such-b']] }, { timeoutMs: 5000, env }),
    ).toMatchObject({ status: 'missing', command: 'no-such-a' });
  });
});

describe.skipIf(!posix)('readMarkers and readLockFiles', () => {
  let repo: string;
  beforeAll(() => {
    repo = path.join(dir, 'files');
    mkdirSync(path.join(repo, 'gradle', 'dependency-locks'), { recursive: true });
    mkdirSync(path.join(repo, 'dir.lock'));
    writeFileSync(path.join(repo, 'package.json'), '{"engines":{"node":">=20"}}');
    writeFileSync(path.join(repo, '.python-version'), '3.11\n');
    writeFileSync(path.join(repo, 'poetry.lock'), 'poetry\r\n');
    writeFileSync(path.join(repo, 'requirements-dev.txt'), 'pytest==8.3.2\n');
    writeFileSync(path.join(repo, 'gradle', 'dependency-locks', 'compile.lockfile'), 'g\n');
    writeFileSync(path.join(repo, 'README.md'), 'hi');
  });

  it('reads the root’s names and the marker files’ text', async () => {
    const m = await readMarkers(repo);
    expect([...m.names].sort()).toEqual([
      '.python-version',
      'README.md',
      'dir.lock',
      'gradle',
      'package.json',
      'poetry.lock',
      'requirements-dev.txt',
    ]);
    expect(m.texts).toEqual({ 'package.json': '{"engines":{"node":">=20"}}', '.python-version': '3.11\n' });
    expect(await readMarkers(path.join(dir, 'no-such-dir'))).toEqual({ names: new Set(), texts: {} });
  });

  it('reads found and configured lock files; absence and unreadability are outcomes', async () => {
    const m = await readMarkers(repo);
    const reads = await readLockFiles(repo, m.names, ['dir.lock', 'services/api/uv.lock']);
    expect(
      reads.map((r) => (r.status === 'ok' ? { ...r, bytes: Buffer.from(r.bytes).toString() } : r)),
    ).toEqual([
      { file: 'dir.lock', status: 'unreadable', error: 'it is a directory' },
      { file: 'gradle/dependency-locks/compile.lockfile', status: 'ok', bytes: 'g\n' },
      { file: 'poetry.lock', status: 'ok', bytes: 'poetry\r\n' },
      { file: 'requirements-dev.txt', status: 'ok', bytes: 'pytest==8.3.2\n' },
      { file: 'services/api/uv.lock', status: 'missing' },
    ]);
  });
});

describe.skipIf(!posix)(
  'nodeEnvironmentProbe: a whole capture against a real repository and real tools',
  () => {
    it('probes runtimes and tools at once, hashes lock files, and the gate reads it', async () => {
      const repo = path.join(dir, 'repo');
      mkdirSync(repo);
      writeFileSync(path.join(repo, 'package.json'), '{"name":"x"}');
      writeFileSync(path.join(repo, 'package-lock.json'), '{"lockfileVersion":3}\n');
      const config = {
        ...DEFAULT_ENVIRONMENT,
        runtimes: { node: `>=${process.versions.node.split('.')[0]}` },
        tools: {
          'fake-tool': { range: '^2.4', command: null },
          'hang-tool': { range: '>=1', command: null },
          'garbage-tool': { range: '>=1', command: null },
          'missing-tool': { range: '>=1', command: null },
          'stderr-tool': { range: '3.0', command: null },
        },
        lockFiles: { 'package-lock.json': sha('{"lockfileVersion":3}\n') },
        requiredEnv: ['PROBE_TEST_SECRET', 'PROBE_TEST_EMPTY'],
        probeTimeoutMs: 400,
      };
      const expected = expectationsFor(config, 'test-ladder.yml', null);
      const hostEnv = {
        ...env,
        PROBE_TEST_SECRET: 'hunter2-secret-value',
        PROBE_TEST_EMPTY: '',
        TPR_SEED: '12abc',
      };
      const probe = nodeEnvironmentProbe(nodeHost(hostEnv), { env });
      const facts = await probe.capture(repo, planCapture(expected, config));

      expect(facts.detected).toEqual([{ runtime: 'node', files: ['package.json'], declared: null }]);
      expect(Object.keys(facts.tools).sort()).toEqual([
        'fake-tool',
        'garbage-tool',
        'hang-tool',
        'missing-tool',
        'stderr-tool',
      ]);
      expect((facts.tools['hang-tool'] as ProbeOutcome).status).toBe('timeout');
      // All at once: the capture takes about as long as the slowest probe, not the sum.
      expect(facts.durationMs).toBeLessThan(400 * 4);

      const sig = environmentSignature(facts);
      expect(sig.runtimes['node']).toMatchObject({
        status: 'ok',
        version: process.versions.node,
        detected_from: ['package.json'],
      });
      expect(sig.tools).toMatchObject({
        'fake-tool': { status: 'ok', version: '2.4.1' },
        'stderr-tool': { status: 'ok', version: '3.1.0' },
        'garbage-tool': { status: 'unreadable', version: null, exit_code: 0 },
        'hang-tool': { status: 'timeout', version: null, timeout_ms: 400 },
        'missing-tool': { status: 'missing', version: null },
      });
      expect(sig.lock_files).toEqual([
        { file: 'package-lock.json', status: 'ok', sha256: sha('{"lockfileVersion":3}\n'), bytes: 22 },
      ]);
      expect(JSON.stringify(sig)).not.toContain('hunter2');

      const verdict = judgeEnvironment(sig, expected);
      expect(verdict.status).toBe('fail');
      expect(
        verdict.reasons.map((r) => [r.code, r.evidence['tool'] ?? r.evidence['variable'] ?? null]),
      ).toEqual([
        ['TOOL_VERSION_UNREADABLE', 'garbage-tool'],
        ['TOOL_PROBE_TIMEOUT', 'hang-tool'],
        ['TOOL_MISSING', 'missing-tool'],
        ['TOOL_VERSION_MISMATCH', 'stderr-tool'],
        ['ENV_VAR_MISSING', 'PROBE_TEST_EMPTY'],
        ['SEED_NOT_INTEGER', 'TPR_SEED'],
      ]);
      expect(JSON.stringify(verdict)).not.toContain('hunter2');
      expect(JSON.stringify(verdict)).not.toContain('12abc');
    });

    it('a repository root that does not exist makes no tool look missing', async () => {
      const config = { ...DEFAULT_ENVIRONMENT, tools: { 'fake-tool': { range: '2', command: null } } };
      const plan = planCapture(expectationsFor(config, null, null), config);
      const facts = await nodeEnvironmentProbe(nodeHost(env), { env }).capture(
        path.join(dir, 'nowhere'),
        plan,
      );
      expect(facts.tools['fake-tool']!.status).toBe('exited');
      expect(facts.detected).toEqual([]);
      expect(facts.lockFiles).toEqual([]);
    });
  },
);
