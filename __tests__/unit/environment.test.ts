import { Ajv } from 'ajv';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  SIGNATURE_SCHEMA,
  detectRuntimes,
  diffSignatures,
  environmentSignature,
  expectationsFor,
  lockFileEntry,
  lockFilePaths,
  normalizeRepoPath,
  parseSignature,
  planCapture,
  probeSpecs,
  readExpectedSignature,
  runtimeVersion,
  seedEntry,
  toolVersion,
  type EnvironmentFacts,
  type EnvironmentSignature,
  type ProbeOutcome,
} from '../../src/analysis/environment.js';
import {
  DEFAULT_ENVIRONMENT,
  environmentProblems,
  environmentSchema,
  toEnvironmentConfig,
  type EnvironmentConfig,
} from '../../src/config/environment.js';
import { InputError } from '../../src/model/errors.js';

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');
const bytes = (s: string) => new TextEncoder().encode(s);

export function exited(stdout: string, stderr = '', command = 'tool --version', exitCode = 0): ProbeOutcome {
  return {
    status: 'exited',
    command,
    exitCode,
    signal: null,
    stdout,
    stderr,
    stdoutBytes: bytes(stdout).length,
    stderrBytes: bytes(stderr).length,
    ms: 12.4,
  };
}

const PLAN = planCapture(expectationsFor(DEFAULT_ENVIRONMENT, null, null), DEFAULT_ENVIRONMENT);

function facts(over: Partial<EnvironmentFacts> = {}, env: Record<string, string> = {}): EnvironmentFacts {
  return {
    platform: 'linux',
    arch: 'x64',
    env: (name) => env[name],
    plan: PLAN,
    detected: [],
    runtimes: {},
    tools: {},
    lockFiles: [],
    capturedAt: new Date('2026-03-01T12:00:00.000Z'),
    monotonicStartMs: 1234.5678,
    durationMs: 321.4,
    ...over,
  };
}

describe('detectRuntimes: which runtimes the repository uses, and the version its files declare', () => {
  const detect = (texts: Record<string, string>, extra: string[] = []) =>
    detectRuntimes({ names: new Set([...Object.keys(texts), ...extra]), texts });

  it('reads each runtime’s marker files', () => {
    expect(
      detect(
        {
          '.nvmrc': 'v20.11.0\n',
          'package.json': '{"engines":{"node":">=18"}}',
          '.python-version': '3.11.7\n',
          'go.mod': 'module x\n\ngo 1.22\n\ntoolchain go1.22.3\n',
          '.java-version': '21\n',
          '.ruby-version': 'ruby-3.3.0\n',
          'rust-toolchain.toml': '[toolchain]\nchannel = "1.79.0"\n',
          'global.json': '{ "sdk": { "version": "8.0.100" } }',
        },
        ['pom.xml', 'Gemfile', 'Cargo.toml', 'App.csproj', 'README.md'],
      ),
    ).toEqual([
      {
        runtime: 'node',
        files: ['.nvmrc', 'package.json'],
        declared: { file: '.nvmrc', version: 'v20.11.0' },
      },
      {
        runtime: 'python',
        files: ['.python-version'],
        declared: { file: '.python-version', version: '3.11.7' },
      },
      { runtime: 'go', files: ['go.mod'], declared: { file: 'go.mod', version: '1.22.3' } },
      {
        runtime: 'java',
        files: ['.java-version', 'pom.xml'],
        declared: { file: '.java-version', version: '21' },
      },
      {
        runtime: 'ruby',
        files: ['.ruby-version', 'Gemfile'],
        declared: { file: '.ruby-version', version: '3.3.0' },
      },
      {
        runtime: 'rust',
        files: ['Cargo.toml', 'rust-toolchain.toml'],
        declared: { file: 'rust-toolchain.toml', version: '1.79.0' },
      },
      {
        runtime: 'dotnet',
        files: ['App.csproj', 'global.json'],
        declared: { file: 'global.json', version: '8.0.100' },
      },
    ]);
  });

  it('falls back: engines.node, requires-python, Poetry’s python, go.mod’s go line, .tool-versions', () => {
    expect(
      detect({
        'package.json': '{"engines":{"node":" 24.x "}}',
        'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.10"\n',
        'go.mod': 'module x\ngo 1.21\n',
        '.tool-versions': '# asdf\nruby 3.2.2\nnodejs 18.0.0\n',
      }).map((d) => [d.runtime, d.declared]),
    ).toEqual([
      ['node', { file: 'package.json', version: '24.x' }],
      ['python', { file: 'pyproject.toml', version: '>=3.10' }],
      ['go', { file: 'go.mod', version: '1.21' }],
      ['ruby', { file: '.tool-versions', version: '3.2.2' }],
    ]);
    expect(
      detect({ 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\n' })[0]!.declared,
    ).toEqual({
      file: 'pyproject.toml',
      version: '^3.11',
    });
  });

  it('a long declaration is cut, not repeated whole', () => {
    expect(detect({ '.nvmrc': `${'9'.repeat(100)}\n` })[0]!.declared).toEqual({
      file: '.nvmrc',
      version: `${'9'.repeat(64)}…`,
    });
  });

  it('presence alone is enough; a broken package.json declares nothing instead of failing', () => {
    expect(detect({ 'package.json': '{ not json' }, ['requirements-dev.txt'])).toEqual([
      { runtime: 'node', files: ['package.json'], declared: null },
      { runtime: 'python', files: ['requirements-dev.txt'], declared: null },
    ]);
    expect(detect({}, ['README.md', 'Makefile'])).toEqual([]);
  });
});

describe('lock files', () => {
  it('finds the root’s lock files, Gradle’s lock directory and the configured paths, sorted', () => {
    expect(
      lockFilePaths(
        ['package-lock.json', 'requirements.txt', 'requirements-dev.txt', 'README.md', 'bun.lockb', 'go.sum'],
        { 'gradle/dependency-locks': ['compileClasspath.lockfile', 'notes.txt'] },
        ['./services\\api/poetry.lock', 'go.sum'],
      ),
    ).toEqual([
      'bun.lockb',
      'go.sum',
      'gradle/dependency-locks/compileClasspath.lockfile',
      'package-lock.json',
      'requirements-dev.txt',
      'requirements.txt',
      'services/api/poetry.lock',
    ]);
  });

  it('normalizes repository paths', () => {
    expect(normalizeRepoPath('./a//b\\c.lock')).toBe('a/b/c.lock');
  });

  it('hashes the bytes, and adds the LF hash for a CRLF checkout (not for a binary file)', () => {
    expect(lockFileEntry({ file: 'yarn.lock', status: 'ok', bytes: bytes('a\nb\n') })).toEqual({
      file: 'yarn.lock',
      status: 'ok',
      sha256: sha('a\nb\n'),
      bytes: 4,
    });
    expect(lockFileEntry({ file: 'yarn.lock', status: 'ok', bytes: bytes('a\r\nb\r\n') })).toEqual({
      file: 'yarn.lock',
      status: 'ok',
      sha256: sha('a\r\nb\r\n'),
      sha256_lf: sha('a\nb\n'),
      bytes: 6,
    });
    const binary = new Uint8Array([0, 13, 10, 1]);
    expect(lockFileEntry({ file: 'bun.lockb', status: 'ok', bytes: binary })).toEqual({
      file: 'bun.lockb',
      status: 'ok',
      sha256: sha(binary),
      bytes: 4,
    });
    expect(lockFileEntry({ file: 'x.lock', status: 'missing' })).toEqual({
      file: 'x.lock',
      status: 'missing',
      sha256: null,
      bytes: null,
    });
    expect(lockFileEntry({ file: 'x.lock', status: 'unreadable', error: 'permission denied' })).toEqual({
      file: 'x.lock',
      status: 'unreadable',
      sha256: null,
      bytes: null,
      error: 'permission denied',
    });
  });
});

describe('runtimeVersion: each runtime’s way of saying its version', () => {
  it.each([
    ['node', 'v24.1.0\n', '', '24.1.0'],
    ['node', 'v25.0.0-nightly20250101abc\n', '', '25.0.0-nightly20250101abc'],
    ['python', 'Python 3.11.7\n', '', '3.11.7'],
    ['python', '', 'Python 2.7.18\n', '2.7.18'],
    ['python', 'Python 3.13.0rc1\n', '', '3.13.0-rc.1'],
    ['go', 'go version go1.22.3 linux/amd64\n', '', '1.22.3'],
    ['go', 'go version go1.22 linux/amd64\n', '', '1.22.0'],
    ['go', 'go version devel go1.23-abc linux/amd64\n', '', '1.23.0'],
    ['java', '', 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment\n', '17.0.15'],
    ['java', '', 'java version "1.8.0_392"\nJava(TM) SE Runtime Environment\n', '8.0.392'],
    ['java', '', 'openjdk version "21" 2023-09-19\n', '21.0.0'],
    ['java', '', 'openjdk version "22-ea" 2024-03-19\n', '22.0.0-ea'],
    [
      'java',
      '',
      'Picked up JAVA_TOOL_OPTIONS: -Dx=1.2.3\nopenjdk version "11.0.21" 2023-10-17 LTS\n',
      '11.0.21',
    ],
    ['java', 'openjdk 21.0.2 2024-01-16\n', '', '21.0.2'],
    ['ruby', 'ruby 3.3.0 (2023-12-25 revision 5124f9ac75) [x86_64-linux]\n', '', '3.3.0'],
    ['rust', 'rustc 1.95.0 (59807616e 2026-04-14)\n', '', '1.95.0'],
    ['rust', 'rustc 1.80.0-nightly (abc 2024-05-01)\n', '', '1.80.0-nightly'],
    ['dotnet', '8.0.100\n', '', '8.0.100'],
    ['dotnet', '9.0.100-preview.1.24101.2\n', '', '9.0.100-preview.1.24101.2'],
  ] as const)('%s: %j %j → %s', (runtime, stdout, stderr, version) => {
    expect(runtimeVersion(runtime, stdout, stderr)).toBe(version);
  });

  it.each([
    ['node', 'Segmentation fault\n', ''],
    ['python', 'hello world\n', ''],
    ['java', '', 'Error: could not find libjava.so\n'],
    ['go', 'go: unknown subcommand\n', ''],
    ['dotnet', 'The command could not be loaded\n', ''],
  ] as const)('%s prints no version in %j %j', (runtime, stdout, stderr) => {
    expect(runtimeVersion(runtime, stdout, stderr)).toBeNull();
  });

  it('tools: the first version on stdout, then stderr; a runtime named as a tool is read as that runtime', () => {
    expect(toolVersion('pytest', 'pytest 8.3.2\n', '')).toBe('8.3.2');
    expect(toolVersion('mvn', '', 'Apache Maven 3.9.6\n')).toBe('3.9.6');
    expect(toolVersion('java', '', 'openjdk version "1.8.0_392"\n')).toBe('8.0.392');
    expect(toolVersion('x', 'no numbers here', '')).toBeNull();
  });
});

describe('probeSpecs: what is run', () => {
  it('probes configured and detected runtimes (python3 first, python on Windows first) and tools', () => {
    const plan = {
      ...PLAN,
      runtimes: ['go' as const],
      tools: [
        { name: 'pytest', command: null },
        { name: 'mypy', command: ['python3', '-m', 'mypy', '-V'] },
        { name: 'java', command: null },
      ],
    };
    const detected = [{ runtime: 'python' as const, files: ['pyproject.toml'], declared: null }];
    expect(probeSpecs(plan, detected, 'linux')).toEqual({
      runtimes: {
        python: {
          alternatives: [
            ['python3', '--version'],
            ['python', '--version'],
          ],
        },
        go: { alternatives: [['go', 'version']] },
      },
      tools: {
        pytest: { alternatives: [['pytest', '--version']] },
        mypy: { alternatives: [['python3', '-m', 'mypy', '-V']] },
        java: { alternatives: [['java', '-version']] },
      },
    });
    expect(probeSpecs(plan, detected, 'win32').runtimes.python!.alternatives[0]).toEqual([
      'python',
      '--version',
    ]);
    expect(probeSpecs({ ...plan, detect: false }, detected, 'linux').runtimes).toEqual({
      go: { alternatives: [['go', 'version']] },
    });
  });
});

describe('seedEntry: present and an integer, described without its value', () => {
  it.each([
    [undefined, { state: 'unset', present: false, integer: false }],
    ['', { state: 'empty', present: false, integer: false, problem: 'set but empty' }],
    ['   ', { state: 'empty', present: false, integer: false, problem: 'set but only whitespace' }],
    ['42', { state: 'integer', present: true, integer: true }],
    ['-7', { state: 'integer', present: true, integer: true }],
    ['20261122', { state: 'integer', present: true, integer: true }],
    [
      '12abc',
      {
        state: 'not-integer',
        present: true,
        integer: false,
        problem: 'character 3 of 5 is a letter; an integer is digits with an optional leading "-"',
      },
    ],
    [
      '1_000',
      {
        state: 'not-integer',
        present: true,
        integer: false,
        problem: 'character 2 of 5 is a symbol; an integer is digits with an optional leading "-"',
      },
    ],
    ['-', { state: 'not-integer', present: true, integer: false, problem: 'is a minus sign with no digits' }],
    [' 42', { state: 'not-integer', present: true, integer: false, problem: 'has spaces around the number' }],
    [
      '4.2',
      {
        state: 'not-integer',
        present: true,
        integer: false,
        problem: 'has a decimal point; a seed is a whole number',
      },
    ],
    [
      '1e6',
      {
        state: 'not-integer',
        present: true,
        integer: false,
        problem: 'is written with an exponent; write the digits out',
      },
    ],
    [
      '+5',
      {
        state: 'not-integer',
        present: true,
        integer: false,
        problem: 'starts with "+"; write the digits alone',
      },
    ],
    [
      '0x1F',
      { state: 'not-integer', present: true, integer: false, problem: 'is hexadecimal; write it in decimal' },
    ],
  ] as const)('%j', (value, expected) => {
    const entry = seedEntry('TPR_SEED', value);
    expect(entry).toEqual({ variable: 'TPR_SEED', ...expected });
    if (value !== undefined && value.trim().length >= 3)
      expect(JSON.stringify(entry)).not.toContain(value.trim());
  });
});

describe('environmentSignature', () => {
  const secret = 'postgres://admin:hunter2-very-secret@db/prod';
  const full = facts(
    {
      plan: { ...PLAN, requiredEnv: ['DATABASE_URL', 'EMPTY_ONE', 'ABSENT'], seedVariable: 'TPR_SEED' },
      detected: [
        { runtime: 'node', files: ['package.json'], declared: { file: 'package.json', version: '>=20' } },
      ],
      runtimes: {
        node: exited('v24.1.0\n', '', 'node --version'),
        python: { status: 'missing', command: 'python3 --version', ms: 1.2 },
      },
      tools: {
        pytest: exited(`pytest 8.3.2 ${secret}\n`, '', 'pytest --version'),
        hang: { status: 'timeout', command: 'hang --version', timeoutMs: 500, ms: 501.7 },
        noisy: exited(`garbage ${secret}`, 'more garbage', 'noisy --version', 3),
        locked: { status: 'error', command: 'locked --version', code: 'EACCES', ms: 0.4 },
      },
      lockFiles: [
        { file: 'package-lock.json', status: 'ok', bytes: bytes('{}\n') },
        { file: 'Cargo.lock', status: 'unreadable', error: 'permission denied' },
      ],
    },
    {
      DATABASE_URL: secret,
      EMPTY_ONE: '',
      TPR_SEED: '12345',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ImageOS: 'ubuntu24',
      ImageVersion: '20260301.1.0',
    },
  );

  it('records the machine, probes, lock files, variable states and the seed; exactly', () => {
    expect(environmentSignature(full)).toEqual({
      schema: SIGNATURE_SCHEMA,
      os: 'linux',
      platform: 'linux',
      arch: 'x64',
      runner: { os: 'Linux', arch: 'X64', image: 'ubuntu24', image_version: '20260301.1.0' },
      runtimes: {
        node: {
          status: 'ok',
          version: '24.1.0',
          command: 'node --version',
          duration_ms: 12,
          detected_from: ['package.json'],
          declared: { file: 'package.json', version: '>=20' },
        },
        python: {
          status: 'missing',
          version: null,
          command: 'python3 --version',
          duration_ms: 1,
          detected_from: [],
          declared: null,
        },
      },
      tools: {
        hang: {
          status: 'timeout',
          version: null,
          command: 'hang --version',
          duration_ms: 502,
          timeout_ms: 500,
        },
        locked: {
          status: 'error',
          version: null,
          command: 'locked --version',
          duration_ms: 0,
          error: 'EACCES',
        },
        noisy: {
          status: 'unreadable',
          version: null,
          command: 'noisy --version',
          duration_ms: 12,
          exit_code: 3,
          stdout_bytes: 52,
          stderr_bytes: 12,
        },
        pytest: { status: 'ok', version: '8.3.2', command: 'pytest --version', duration_ms: 12 },
      },
      lock_files: [
        { file: 'Cargo.lock', status: 'unreadable', sha256: null, bytes: null, error: 'permission denied' },
        { file: 'package-lock.json', status: 'ok', sha256: sha('{}\n'), bytes: 3 },
      ],
      env: [
        { name: 'ABSENT', state: 'unset' },
        { name: 'DATABASE_URL', state: 'set' },
        { name: 'EMPTY_ONE', state: 'empty' },
      ],
      seed: { variable: 'TPR_SEED', state: 'integer', present: true, integer: true },
      captured_at: '2026-03-01T12:00:00.000Z',
      monotonic_start_ms: 1234.568,
      duration_ms: 321,
    });
  });

  it('never records a variable’s value or a tool’s output', () => {
    const text = JSON.stringify(environmentSignature(full));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('garbage');
    expect(text).not.toContain('12345');
  });

  it('never records any value a required variable, the seed or a runner-unrelated variable holds', () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9_+/=:@.-]{12,40}$/);
    fc.assert(
      fc.property(secret, secret, (a, b) => {
        const sig = environmentSignature(
          facts(
            { plan: { ...PLAN, requiredEnv: ['A', 'B'], seedVariable: 'S' } },
            { A: a, B: '', S: b, OTHER: a },
          ),
        );
        const text = JSON.stringify(sig);
        expect(text).not.toContain(a);
        expect(text).not.toContain(b);
      }),
    );
  });

  it('names the OS the way config does', () => {
    expect(environmentSignature(facts({ platform: 'darwin' })).os).toBe('macos');
    expect(environmentSignature(facts({ platform: 'win32' })).os).toBe('windows');
    expect(environmentSignature(facts({ platform: 'freebsd' })).os).toBe('freebsd');
  });

  it('still takes the pipeline’s older facts (host + lock file bytes) until it passes EnvironmentFacts', () => {
    const sig = environmentSignature({
      host: {
        platform: 'linux',
        arch: 'arm64',
        nodeVersion: '24.1.0',
        env: (n) => (n === 'TPR_SEED' ? '7' : undefined),
      },
      lockFiles: { 'yarn.lock': bytes('x') },
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(sig.runtimes['node']!.version).toBe('24.1.0');
    expect(sig.lock_files).toEqual([{ file: 'yarn.lock', status: 'ok', sha256: sha('x'), bytes: 1 }]);
    expect(sig.seed.integer).toBe(true);
  });
});

const CONFIG: EnvironmentConfig = {
  ...DEFAULT_ENVIRONMENT,
  runtimes: { python: '3.11', node: '>=20 <25' },
  lockFiles: { 'poetry.lock': 'present', './Cargo.lock': 'A'.repeat(64) },
  requiredEnv: ['DATABASE_URL'],
  seed: { variable: 'TPR_SEED', required: true },
  tools: { pytest: { range: '>=8', command: null } },
  os: ['linux'],
};

describe('expectationsFor and planCapture', () => {
  it('turns the config into expectations that name where each was written', () => {
    expect(expectationsFor(CONFIG, '.github/test-ladder.yml', null)).toEqual({
      runtimes: {
        node: { range: '>=20 <25', source: 'environment.runtimes.node in .github/test-ladder.yml' },
        python: { range: '3.11', source: 'environment.runtimes.python in .github/test-ladder.yml' },
      },
      tools: {
        pytest: {
          range: '>=8',
          command: null,
          source: 'environment.tools.pytest in .github/test-ladder.yml',
        },
      },
      lockFiles: {
        'poetry.lock': {
          sha256: 'present',
          source: 'environment.lock-files.poetry.lock in .github/test-ladder.yml',
        },
        'Cargo.lock': {
          sha256: 'a'.repeat(64),
          source: 'environment.lock-files../Cargo.lock in .github/test-ladder.yml',
        },
      },
      requiredEnv: [{ name: 'DATABASE_URL', source: 'environment.required-env in .github/test-ladder.yml' }],
      seed: {
        variable: 'TPR_SEED',
        required: true,
        source: 'environment.seed.required in .github/test-ladder.yml',
      },
      os: { allowed: ['linux'], source: 'environment.os in .github/test-ladder.yml' },
    });
  });

  it('a committed signature pins runtimes and tools to major.minor, lock files to their hash; config wins', () => {
    const committed = environmentSignature(
      facts(
        {
          plan: { ...PLAN, requiredEnv: ['A', 'B'] },
          runtimes: { node: exited('v22.3.1\n'), go: exited('go version go1.22.3 linux/amd64') },
          tools: { mvn: exited('Apache Maven 3.9.6'), broken: exited('nope') },
          lockFiles: [{ file: 'go.sum', status: 'ok', bytes: bytes('sum') }],
        },
        { A: 'x', TPR_SEED: '1' },
      ),
    );
    const exp = expectationsFor({ ...DEFAULT_ENVIRONMENT, runtimes: { node: '24' } }, 'test-ladder.yml', {
      signature: committed,
      file: '.github/env.signature.json',
    });
    const from = '.github/env.signature.json';
    expect(exp).toEqual({
      runtimes: {
        go: { range: '1.22', source: from },
        node: { range: '24', source: 'environment.runtimes.node in test-ladder.yml' },
      },
      tools: { mvn: { range: '3.9', source: from, command: null } },
      lockFiles: { 'go.sum': { sha256: sha('sum'), source: from } },
      requiredEnv: [{ name: 'A', source: from }],
      seed: { variable: 'TPR_SEED', required: true, source: from },
      os: { allowed: ['linux'], source: from },
    });
    expect(planCapture(exp, { detectRuntimes: false, probeTimeoutMs: 750 })).toEqual({
      runtimes: ['node', 'go'],
      detect: false,
      tools: [{ name: 'mvn', command: null }],
      lockFiles: ['go.sum'],
      requiredEnv: ['A'],
      seedVariable: 'TPR_SEED',
      timeoutMs: 750,
    });
  });
});

describe('parseSignature / readExpectedSignature', () => {
  const sig = environmentSignature(
    facts({
      runtimes: { node: exited('v24.1.0') },
      tools: { pytest: exited('pytest 8.3.2') },
      lockFiles: [{ file: 'uv.lock', status: 'ok', bytes: bytes('a\r\nb') }],
    }),
  );

  it('round-trips a signature, ignoring the artifact’s embedded sha256', () => {
    const text = JSON.stringify({ ...sig, sha256: 'f'.repeat(64) }, null, 2);
    expect(parseSignature(text)).toEqual({ signature: sig });
  });

  it.each([
    ['{"a": [1,', /^not JSON: Unexpected end of JSON input$/],
    ['{"a": 1', /^not JSON: Expected ',' or '}' after property value$/],
    ['[]', /^not a test-ladder\/env-signature@1 document/],
    ['{"schema":"other"}', /^not a test-ladder\/env-signature@1 document/],
  ])('refuses %j', (text, problem) => {
    const r = parseSignature(text);
    expect('problem' in r && r.problem).toMatch(problem);
  });

  it.each([
    [
      { runtimes: { node: { status: 'ok', version: 'banana', command: 'x', duration_ms: 1 } } },
      'runtimes."node" is malformed',
    ],
    [
      { runtimes: { cobol: { status: 'ok', version: '1.0.0', command: 'x', duration_ms: 1 } } },
      'runtimes."cobol" is malformed',
    ],
    [
      { lock_files: [{ file: 'a.lock', sha256: 'XYZ' }] },
      'lock file "a.lock" has a sha256 that is not 64 lowercase hex digits',
    ],
    [{ env: [{ name: 'A', state: 'secret-value' }] }, 'an env entry is malformed'],
    [{ seed: 'x' }, 'seed is malformed'],
    [{ tools: [] }, 'tools must be an object'],
  ])('says what is malformed: %j', (over, problem) => {
    expect(parseSignature(JSON.stringify({ ...sig, ...over }))).toEqual({ problem });
  });

  it('a committed file that is not a signature is an InputError naming the file, line and column', () => {
    const text = '{\n  "schema": "test-ladder/env-signature@1",\n  "os": linux\n}';
    let error: unknown;
    try {
      readExpectedSignature(text, '.github/env.signature.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).location).toEqual({
      file: '.github/env.signature.json',
      line: 3,
      column: 9,
    });
    expect((error as InputError).message).toBe(
      '.github/env.signature.json:3:9: not an environment signature: not JSON: Unexpected token \'l\'; write one with "test-ladder env --json"',
    );
    expect(() => readExpectedSignature('{"schema":"x"}', 'sig.json')).toThrow(
      'sig.json: not an environment signature: not a test-ladder/env-signature@1 document (no "schema": "test-ladder/env-signature@1"); write one with "test-ladder env --json"',
    );
    expect(readExpectedSignature(JSON.stringify(sig), 'sig.json')).toEqual(sig);
  });
});

describe('diffSignatures: drift from the base run, as information', () => {
  const make = (over: Partial<EnvironmentFacts>, env: Record<string, string> = {}): EnvironmentSignature =>
    environmentSignature(facts(over, env));
  const base = make(
    {
      runtimes: {
        node: exited('v20.11.0'),
        python: exited('Python 3.11.7'),
        go: exited('go version go1.22.1 x'),
      },
      tools: { pytest: exited('pytest 8.3.2'), ruff: exited('ruff 0.4.1') },
      lockFiles: [
        { file: 'package-lock.json', status: 'ok', bytes: bytes('one') },
        { file: 'uv.lock', status: 'ok', bytes: bytes('a\r\nb') },
        { file: 'old.lock', status: 'ok', bytes: bytes('old') },
      ],
    },
    { ImageOS: 'ubuntu22', ImageVersion: '1' },
  );
  const head = make(
    {
      arch: 'arm64',
      runtimes: {
        node: exited('v22.1.0'),
        python: exited('Python 3.11.9'),
        go: { status: 'timeout', command: 'go version', timeoutMs: 2000, ms: 2000 },
        rust: exited('rustc 1.79.0 (x)'),
      },
      tools: { pytest: exited('pytest 8.4.0'), mypy: exited('mypy 1.10.0') },
      lockFiles: [
        { file: 'package-lock.json', status: 'ok', bytes: bytes('two') },
        { file: 'uv.lock', status: 'ok', bytes: bytes('a\nb') },
        { file: 'Cargo.lock', status: 'ok', bytes: bytes('new') },
      ],
    },
    { ImageOS: 'ubuntu24', ImageVersion: '2' },
  );

  it('lists every change that matters, and nothing else', () => {
    expect(diffSignatures(base, head)).toEqual([
      {
        code: 'ARCH_CHANGED',
        message: 'the architecture changed from x64 to arm64',
        evidence: { base: 'x64', head: 'arm64' },
      },
      {
        code: 'RUNNER_IMAGE_CHANGED',
        message: 'the runner image changed from ubuntu22 to ubuntu24',
        evidence: { base: 'ubuntu22', head: 'ubuntu24' },
      },
      {
        code: 'RUNTIME_REMOVED',
        message: 'runtime go 1.22.1 is gone (its version probe timed out)',
        evidence: { runtime: 'go', base: '1.22.1', head: null },
      },
      {
        code: 'RUNTIME_CHANGED',
        message: 'runtime node moved from 20.11.0 to 22.1.0',
        evidence: { runtime: 'node', base: '20.11.0', head: '22.1.0' },
      },
      {
        code: 'RUNTIME_ADDED',
        message: 'runtime rust 1.79.0 is new',
        evidence: { runtime: 'rust', base: null, head: '1.79.0' },
      },
      {
        code: 'TOOL_ADDED',
        message: 'tool mypy 1.10.0 is new',
        evidence: { tool: 'mypy', base: null, head: '1.10.0' },
      },
      {
        code: 'TOOL_CHANGED',
        message: 'tool pytest moved from 8.3.2 to 8.4.0',
        evidence: { tool: 'pytest', base: '8.3.2', head: '8.4.0' },
      },
      {
        code: 'TOOL_REMOVED',
        message: 'tool ruff 0.4.1 is gone (not probed)',
        evidence: { tool: 'ruff', base: '0.4.1', head: null },
      },
      {
        code: 'LOCKFILE_ADDED',
        message: `Cargo.lock is new (sha256 ${sha('new').slice(0, 12)}…)`,
        evidence: { file: 'Cargo.lock', base: null, head: sha('new') },
      },
      {
        code: 'LOCKFILE_REMOVED',
        message: `old.lock is gone (it was sha256 ${sha('old').slice(0, 12)}…)`,
        evidence: { file: 'old.lock', base: sha('old'), head: null },
      },
      {
        code: 'LOCKFILE_CHANGED',
        message: `package-lock.json changed (sha256 ${sha('one').slice(0, 12)}… → ${sha('two').slice(0, 12)}…)`,
        evidence: { file: 'package-lock.json', base: sha('one'), head: sha('two') },
      },
    ]);
  });

  it('the same environment has no drift (a patch release and a new image version are routine)', () => {
    expect(diffSignatures(base, base)).toEqual([]);
    const patched = make(
      {
        runtimes: {
          node: exited('v20.11.1'),
          python: exited('Python 3.11.8'),
          go: exited('go version go1.22.2 x'),
        },
        tools: { pytest: exited('pytest 8.3.3'), ruff: exited('ruff 0.4.2') },
        lockFiles: [
          { file: 'package-lock.json', status: 'ok', bytes: bytes('one') },
          { file: 'uv.lock', status: 'ok', bytes: bytes('a\r\nb') },
          { file: 'old.lock', status: 'ok', bytes: bytes('old') },
        ],
      },
      { ImageOS: 'ubuntu22', ImageVersion: '9' },
    );
    expect(diffSignatures(base, patched)).toEqual([]);
  });
});

describe('config: the environment section', () => {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictTypes: true,
    allowUnionTypes: true,
    coerceTypes: false,
  });
  const validate = ajv.compile({
    type: 'object',
    additionalProperties: false,
    properties: { environment: environmentSchema },
  });
  const valid = (environment: unknown) => validate({ environment });

  it('the schema fragment compiles under the loader’s strict Ajv options and accepts the documented example', () => {
    const example = {
      runtimes: { node: '24', python: '3.11' },
      'lock-files': { 'package-lock.json': 'present', 'services/api/poetry.lock': 'a'.repeat(64) },
      'required-env': ['DATABASE_URL', 'TPR_SEED'],
      seed: { variable: 'TPR_SEED', required: true },
      tools: { pytest: '>=8', mypy: { range: '^1.8', command: ['python3', '-m', 'mypy', '--version'] } },
      os: ['linux', 'macos'],
      'expected-signature': '.github/env.signature.json',
      'probe-timeout-ms': 2000,
      'detect-runtimes': true,
    };
    expect(valid(example), JSON.stringify(validate.errors)).toBe(true);
    expect(valid(null)).toBe(true);
    expect(toEnvironmentConfig(example)).toEqual({
      runtimes: { node: '24', python: '3.11' },
      lockFiles: { 'package-lock.json': 'present', 'services/api/poetry.lock': 'a'.repeat(64) },
      requiredEnv: ['DATABASE_URL', 'TPR_SEED'],
      seed: { variable: 'TPR_SEED', required: true },
      tools: {
        pytest: { range: '>=8', command: null },
        mypy: { range: '^1.8', command: ['python3', '-m', 'mypy', '--version'] },
      },
      os: ['linux', 'macos'],
      expectedSignature: '.github/env.signature.json',
      probeTimeoutMs: 2000,
      detectRuntimes: true,
    });
    expect(toEnvironmentConfig(undefined)).toBe(DEFAULT_ENVIRONMENT);
    expect(toEnvironmentConfig({ 'lock-files': { 'x.lock': 'ABCDEF'.padEnd(64, '0') } }).lockFiles).toEqual({
      'x.lock': 'abcdef'.padEnd(64, '0'),
    });
  });

  it.each([
    [{ runtimes: { cobol: '1' } }],
    [{ runtimes: { node: '' } }],
    [{ runtimes: { node: 24 } }],
    [{ 'lock-files': { '/etc/passwd': 'present' } }],
    [{ 'lock-files': { '../other/yarn.lock': 'present' } }],
    [{ 'lock-files': { 'a/../../b.lock': 'present' } }],
    [{ 'lock-files': { 'C:/x.lock': 'present' } }],
    [{ 'lock-files': { 'yarn.lock': 'abc' } }],
    [{ 'required-env': ['1BAD'] }],
    [{ 'required-env': ['A', 'A'] }],
    [{ seed: { variable: 'has space' } }],
    [{ seed: { required: 'yes' } }],
    [{ tools: { pytest: '' } }],
    [{ tools: { pytest: { command: ['pytest'] } } }],
    [{ tools: { pytest: { range: '>=8', shell: true } } }],
    [{ tools: { 'bad name': '1' } }],
    [{ os: ['solaris'] }],
    [{ os: [] }],
    [{ 'probe-timeout-ms': 10 }],
    [{ 'probe-timeout-ms': 1.5 }],
    [{ 'expected-signature': '/abs/sig.json' }],
    [{ unknown: 1 }],
  ])('the schema refuses %j', (environment) => {
    expect(valid(environment)).toBe(false);
  });

  it('environmentProblems: a range the schema lets through but no one can read', () => {
    expect(
      environmentProblems({
        runtimes: { node: '24', python: 'three eleven' },
        tools: { pytest: '>=8', 'a/b': '!=1', mypy: { range: '>=' } },
      }),
    ).toEqual([
      {
        pointer: '/environment/runtimes/python',
        message:
          'not a version range: "three eleven" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
      },
      {
        pointer: '/environment/tools/a~1b',
        message:
          'not a version range: "!=1": != and === are not supported; list the versions allowed instead',
      },
      {
        pointer: '/environment/tools/mypy/range',
        message:
          'not a version range: ">=" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
      },
    ]);
    expect(environmentProblems(null)).toEqual([]);
  });
});
