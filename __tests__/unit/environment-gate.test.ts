import { describe, expect, it } from 'vitest';
import {
  SIGNATURE_SCHEMA,
  expectationsFor,
  type EnvironmentExpectations,
  type EnvironmentSignature,
  type ProbedVersion,
  type RuntimeEntry,
} from '../../src/analysis/environment.js';
import { DEFAULT_ENVIRONMENT } from '../../src/config/environment.js';
import {
  judgeEnvironment,
  skippedEnvironment,
  validationFailure,
  validationSkippedBy,
} from '../../src/gates/environment.js';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const SHA_C = 'c'.repeat(64);

const ok = (version: string, command: string): ProbedVersion => ({
  status: 'ok',
  version,
  command,
  duration_ms: 40,
});
const runtime = (p: ProbedVersion, detected_from: string[] = []): RuntimeEntry => ({
  ...p,
  detected_from,
  declared: null,
});

/** A healthy Linux runner: every expectation in EXPECT holds. */
const SIG: EnvironmentSignature = {
  schema: SIGNATURE_SCHEMA,
  os: 'linux',
  platform: 'linux',
  arch: 'x64',
  runner: { os: 'Linux', arch: 'X64', image: 'ubuntu24', image_version: '20260301.1.0' },
  runtimes: {
    node: runtime(ok('24.1.0', 'node --version'), ['package.json']),
    python: runtime(ok('3.11.7', 'python3 --version'), ['pyproject.toml']),
  },
  tools: { pytest: ok('8.3.2', 'pytest --version') },
  lock_files: [
    { file: 'package-lock.json', status: 'ok', sha256: SHA_A, bytes: 100 },
    { file: 'poetry.lock', status: 'ok', sha256: SHA_B, bytes: 200 },
  ],
  env: [
    { name: 'API_URL', state: 'set' },
    { name: 'DATABASE_URL', state: 'set' },
  ],
  seed: { variable: 'TPR_SEED', state: 'integer', present: true, integer: true },
  captured_at: '2026-03-01T12:00:00.000Z',
  monotonic_start_ms: 10,
  duration_ms: 300,
};

const EXPECT: EnvironmentExpectations = expectationsFor(
  {
    ...DEFAULT_ENVIRONMENT,
    runtimes: { node: '24', python: '3.11' },
    tools: { pytest: { range: '>=8', command: null } },
    lockFiles: { 'package-lock.json': SHA_A, 'poetry.lock': 'present' },
    requiredEnv: ['API_URL', 'DATABASE_URL'],
    seed: { variable: 'TPR_SEED', required: true },
    os: ['linux', 'macos'],
  },
  'test-ladder.yml',
  null,
);

const SRC = (key: string) => `environment.${key} in test-ladder.yml`;

function judge(over: Partial<EnvironmentSignature>, expected: EnvironmentExpectations = EXPECT) {
  return judgeEnvironment({ ...SIG, ...over }, expected);
}

describe('judgeEnvironment', () => {
  it('passes when everything expected holds', () => {
    expect(judge({})).toEqual({ gate: 'environment', status: 'pass', reasons: [] });
  });

  it('passes with no expectations at all (a repository without an environment section)', () => {
    expect(judgeEnvironment(SIG, expectationsFor(DEFAULT_ENVIRONMENT, null, null))).toEqual({
      gate: 'environment',
      status: 'pass',
      reasons: [],
    });
  });

  it('OS_MISMATCH', () => {
    expect(judge({ os: 'windows', platform: 'win32' })).toEqual({
      gate: 'environment',
      status: 'fail',
      reasons: [
        {
          code: 'OS_MISMATCH',
          message: `the tests run on windows, expected linux or macos (${SRC('os')})`,
          evidence: { expected: 'linux, macos', actual: 'windows', platform: 'win32', source: SRC('os') },
        },
      ],
    });
  });

  it('RUNTIME_VERSION_MISMATCH: a minor pin', () => {
    const v = judge({ runtimes: { ...SIG.runtimes, python: runtime(ok('3.12.1', 'python3 --version')) } });
    expect(v.status).toBe('fail');
    expect(v.reasons).toEqual([
      {
        code: 'RUNTIME_VERSION_MISMATCH',
        message: `python is 3.12.1, expected 3.11 (${SRC('runtimes.python')})`,
        evidence: {
          kind: 'runtime',
          runtime: 'python',
          expected: '3.11',
          actual: '3.12.1',
          command: 'python3 --version',
          source: SRC('runtimes.python'),
        },
      },
    ]);
  });

  it('RUNTIME_VERSION_MISMATCH: a prerelease says why a matching-looking version is refused', () => {
    const v = judge({
      runtimes: { ...SIG.runtimes, python: runtime(ok('3.11.0-rc.1', 'python3 --version')) },
    });
    expect(v.reasons[0]!.message).toBe(
      `python is 3.11.0-rc.1, expected 3.11 (${SRC('runtimes.python')}); 3.11.0-rc.1 is a prerelease, which a range admits only when it names a prerelease of the same version`,
    );
  });

  it('TOOL_VERSION_MISMATCH', () => {
    expect(judge({ tools: { pytest: ok('7.4.4', 'pytest --version') } }).reasons).toEqual([
      {
        code: 'TOOL_VERSION_MISMATCH',
        message: `pytest is 7.4.4, expected >=8 (${SRC('tools.pytest')})`,
        evidence: {
          kind: 'tool',
          tool: 'pytest',
          expected: '>=8',
          actual: '7.4.4',
          command: 'pytest --version',
          source: SRC('tools.pytest'),
        },
      },
    ]);
  });

  it('TOOL_MISSING: a tool not on PATH, a runtime not on PATH, and one never probed', () => {
    const v = judge({
      runtimes: {
        node: SIG.runtimes['node']!,
        python: runtime({ status: 'missing', version: null, command: 'python3 --version', duration_ms: 1 }),
      },
      tools: {},
    });
    expect(v.status).toBe('fail');
    expect(v.reasons).toEqual([
      {
        code: 'TOOL_MISSING',
        message: `python3 was not found on PATH; python 3.11 is expected (${SRC('runtimes.python')})`,
        evidence: {
          kind: 'runtime',
          runtime: 'python',
          expected: '3.11',
          actual: null,
          command: 'python3 --version',
          source: SRC('runtimes.python'),
        },
      },
      {
        code: 'TOOL_MISSING',
        message: `pytest >=8 is expected (${SRC('tools.pytest')}) but was not probed: the signature has no tool pytest`,
        evidence: {
          kind: 'tool',
          tool: 'pytest',
          expected: '>=8',
          source: SRC('tools.pytest'),
          actual: null,
          command: null,
        },
      },
    ]);
    expect(
      judge({
        tools: { pytest: { status: 'missing', version: null, command: 'pytest --version', duration_ms: 1 } },
      }).reasons[0]!.message,
    ).toBe(`pytest was not found on PATH; pytest >=8 is expected (${SRC('tools.pytest')})`);
  });

  it('TOOL_PROBE_TIMEOUT: a hanging tool is a reason, not a hung job', () => {
    const hung: ProbedVersion = {
      status: 'timeout',
      version: null,
      command: 'pytest --version',
      duration_ms: 2001,
      timeout_ms: 2000,
    };
    expect(judge({ tools: { pytest: hung } }).reasons).toEqual([
      {
        code: 'TOOL_PROBE_TIMEOUT',
        message: `"pytest --version" did not answer within 2000 ms and was stopped; pytest >=8 is expected (${SRC('tools.pytest')})`,
        evidence: {
          kind: 'tool',
          tool: 'pytest',
          expected: '>=8',
          actual: null,
          command: 'pytest --version',
          source: SRC('tools.pytest'),
          timeout_ms: 2000,
        },
      },
    ]);
  });

  it('TOOL_VERSION_UNREADABLE: garbage on stdout, or a tool that cannot be started', () => {
    const garbage: ProbedVersion = {
      status: 'unreadable',
      version: null,
      command: 'pytest --version',
      duration_ms: 30,
      exit_code: 0,
      stdout_bytes: 12,
      stderr_bytes: 0,
    };
    expect(judge({ tools: { pytest: garbage } }).reasons).toEqual([
      {
        code: 'TOOL_VERSION_UNREADABLE',
        message: `"pytest --version" printed no version number (exit code 0, 12 bytes on stdout, 0 on stderr); pytest >=8 is expected (${SRC('tools.pytest')})`,
        evidence: {
          kind: 'tool',
          tool: 'pytest',
          expected: '>=8',
          actual: null,
          command: 'pytest --version',
          source: SRC('tools.pytest'),
          exit_code: 0,
          stdout_bytes: 12,
          stderr_bytes: 0,
        },
      },
    ]);
    const killed = judge({ tools: { pytest: { ...garbage, exit_code: null } } });
    expect(killed.reasons[0]!.message).toContain('(exit code none: killed by a signal, 12 bytes on stdout');
    const eacces: ProbedVersion = {
      status: 'error',
      version: null,
      command: 'pytest --version',
      duration_ms: 1,
      error: 'EACCES',
    };
    expect(judge({ tools: { pytest: eacces } }).reasons).toEqual([
      {
        code: 'TOOL_VERSION_UNREADABLE',
        message: `"pytest --version" could not be started (EACCES: permission denied; is it executable?); pytest >=8 is expected (${SRC('tools.pytest')})`,
        evidence: {
          kind: 'tool',
          tool: 'pytest',
          expected: '>=8',
          actual: null,
          command: 'pytest --version',
          source: SRC('tools.pytest'),
          error: 'EACCES',
        },
      },
    ]);
  });

  it('an unpinned runtime the repository uses only warns when its probe hangs or babbles; missing is recorded', () => {
    const runtimes = {
      ...SIG.runtimes,
      rust: runtime(
        { status: 'timeout', version: null, command: 'rustc --version', duration_ms: 2000, timeout_ms: 2000 },
        ['Cargo.toml'],
      ),
      ruby: runtime({ status: 'missing', version: null, command: 'ruby --version', duration_ms: 1 }, [
        'Gemfile',
      ]),
    };
    expect(judge({ runtimes })).toEqual({
      gate: 'environment',
      status: 'warn',
      reasons: [
        {
          code: 'TOOL_PROBE_TIMEOUT',
          message:
            '"rustc --version" did not answer within 2000 ms and was stopped (the repository uses it: Cargo.toml)',
          evidence: {
            kind: 'runtime',
            runtime: 'rust',
            expected: null,
            actual: null,
            command: 'rustc --version',
            source: null,
            timeout_ms: 2000,
          },
        },
      ],
    });
  });

  it('LOCKFILE_HASH_MISMATCH, and a CRLF checkout of the same file still matches', () => {
    const changed = judge({
      lock_files: [
        { file: 'package-lock.json', status: 'ok', sha256: SHA_C, bytes: 100 },
        SIG.lock_files[1]!,
      ],
    });
    expect(changed.reasons).toEqual([
      {
        code: 'LOCKFILE_HASH_MISMATCH',
        message: `package-lock.json has sha256 cccccccccccc…, expected aaaaaaaaaaaa… (${SRC('lock-files.package-lock.json')}): the dependencies installed are not the ones pinned`,
        evidence: {
          file: 'package-lock.json',
          expected: SHA_A,
          actual: SHA_C,
          source: SRC('lock-files.package-lock.json'),
        },
      },
    ]);
    const crlf = judge({
      lock_files: [
        { file: 'package-lock.json', status: 'ok', sha256: SHA_C, sha256_lf: SHA_A, bytes: 101 },
        SIG.lock_files[1]!,
      ],
    });
    expect(crlf.status).toBe('pass');
  });

  it('LOCKFILE_MISSING: expected by hash, or only to be present', () => {
    expect(judge({ lock_files: [] }).reasons).toEqual([
      {
        code: 'LOCKFILE_MISSING',
        message: `package-lock.json is expected (sha256 aaaaaaaaaaaa…, ${SRC('lock-files.package-lock.json')}) but the repository has no such file`,
        evidence: {
          file: 'package-lock.json',
          expected: SHA_A,
          source: SRC('lock-files.package-lock.json'),
          actual: null,
        },
      },
      {
        code: 'LOCKFILE_MISSING',
        message: `poetry.lock is expected (present, ${SRC('lock-files.poetry.lock')}) but the repository has no such file`,
        evidence: {
          file: 'poetry.lock',
          expected: 'present',
          source: SRC('lock-files.poetry.lock'),
          actual: null,
        },
      },
    ]);
    const recordedMissing = judge({
      lock_files: [SIG.lock_files[0]!, { file: 'poetry.lock', status: 'missing', sha256: null, bytes: null }],
    });
    expect(recordedMissing.reasons.map((r) => r.code)).toEqual(['LOCKFILE_MISSING']);
  });

  it('LOCKFILE_UNREADABLE: fails when expected, warns when only found', () => {
    const unreadable = {
      status: 'unreadable' as const,
      sha256: null,
      bytes: null,
      error: 'permission denied',
    };
    expect(judge({ lock_files: [SIG.lock_files[0]!, { file: 'poetry.lock', ...unreadable }] })).toEqual({
      gate: 'environment',
      status: 'fail',
      reasons: [
        {
          code: 'LOCKFILE_UNREADABLE',
          message: `poetry.lock exists but cannot be read (permission denied), so its hash cannot be checked (${SRC('lock-files.poetry.lock')})`,
          evidence: {
            file: 'poetry.lock',
            expected: 'present',
            source: SRC('lock-files.poetry.lock'),
            actual: null,
            error: 'permission denied',
          },
        },
      ],
    });
    expect(judge({ lock_files: [...SIG.lock_files, { file: 'yarn.lock', ...unreadable }] })).toEqual({
      gate: 'environment',
      status: 'warn',
      reasons: [
        {
          code: 'LOCKFILE_UNREADABLE',
          message: 'yarn.lock exists but cannot be read (permission denied); it is recorded without a hash',
          evidence: {
            file: 'yarn.lock',
            expected: null,
            actual: null,
            error: 'permission denied',
            source: null,
          },
        },
      ],
    });
  });

  it('ENV_VAR_MISSING: unset, set but empty, and not checked', () => {
    const v = judge({ env: [{ name: 'API_URL', state: 'unset' }] });
    expect(v.reasons).toEqual([
      {
        code: 'ENV_VAR_MISSING',
        message: `API_URL is not set; it is required (${SRC('required-env')})`,
        evidence: { variable: 'API_URL', expected: 'set', actual: 'unset', source: SRC('required-env') },
      },
      {
        code: 'ENV_VAR_MISSING',
        message: `DATABASE_URL was not checked (the signature does not list it); it is required (${SRC('required-env')})`,
        evidence: { variable: 'DATABASE_URL', expected: 'set', actual: 'unset', source: SRC('required-env') },
      },
    ]);
    expect(
      judge({
        env: [
          { name: 'API_URL', state: 'set' },
          { name: 'DATABASE_URL', state: 'empty' },
        ],
      }).reasons,
    ).toEqual([
      {
        code: 'ENV_VAR_MISSING',
        message: `DATABASE_URL is set but empty; it is required (${SRC('required-env')})`,
        evidence: { variable: 'DATABASE_URL', expected: 'set', actual: 'empty', source: SRC('required-env') },
      },
    ]);
  });

  it('SEED_MISSING: unset, empty or blank when required; nothing when not required', () => {
    const unset = { variable: 'TPR_SEED', state: 'unset' as const, present: false, integer: false };
    expect(judge({ seed: unset }).reasons).toEqual([
      {
        code: 'SEED_MISSING',
        message: `TPR_SEED is not set; the reproducibility seed is required (${SRC('seed.required')})`,
        evidence: {
          variable: 'TPR_SEED',
          expected: 'an integer',
          actual: 'unset',
          source: SRC('seed.required'),
        },
      },
    ]);
    const empty = { ...unset, state: 'empty' as const, problem: 'set but empty' };
    expect(judge({ seed: empty }).reasons[0]!.message).toBe(
      `TPR_SEED is set but empty; the reproducibility seed is required (${SRC('seed.required')})`,
    );
    expect(judge({ seed: { ...empty, problem: 'set but only whitespace' } }).reasons[0]!.message).toBe(
      `TPR_SEED is set but only whitespace; the reproducibility seed is required (${SRC('seed.required')})`,
    );
    const optional = expectationsFor({ ...DEFAULT_ENVIRONMENT }, 'test-ladder.yml', null);
    expect(judgeEnvironment({ ...SIG, seed: unset }, optional).status).toBe('pass');
  });

  it('SEED_MISSING: the signature watched another variable than the one required', () => {
    const exp = expectationsFor(
      { ...DEFAULT_ENVIRONMENT, seed: { variable: 'MY_SEED', required: true } },
      'test-ladder.yml',
      null,
    );
    expect(judgeEnvironment(SIG, exp).reasons).toEqual([
      {
        code: 'SEED_MISSING',
        message: `the signature records the seed TPR_SEED, not MY_SEED; the reproducibility seed MY_SEED is required (${SRC('seed.required')})`,
        evidence: {
          variable: 'MY_SEED',
          expected: 'an integer',
          actual: 'not checked',
          source: SRC('seed.required'),
        },
      },
    ]);
  });

  it('SEED_NOT_INTEGER: 12abc fails with the reason, required or not', () => {
    const seed = {
      variable: 'TPR_SEED',
      state: 'not-integer' as const,
      present: true,
      integer: false,
      problem: 'character 3 of 5 is a letter; an integer is digits with an optional leading "-"',
    };
    const expected = [
      {
        code: 'SEED_NOT_INTEGER',
        message:
          'TPR_SEED is not an integer: character 3 of 5 is a letter; an integer is digits with an optional leading "-"',
        evidence: {
          variable: 'TPR_SEED',
          expected: 'an integer',
          actual: 'not an integer',
          problem: 'character 3 of 5 is a letter; an integer is digits with an optional leading "-"',
        },
      },
    ];
    expect(judge({ seed }).reasons).toEqual(expected);
    expect(judgeEnvironment({ ...SIG, seed }, expectationsFor(DEFAULT_ENVIRONMENT, null, null))).toEqual({
      gate: 'environment',
      status: 'fail',
      reasons: expected,
    });
  });

  it('reports every mismatch at once, failures before warnings', () => {
    const v = judge({
      os: 'macos',
      runtimes: {
        node: runtime(ok('22.1.0', 'node --version')),
        python: SIG.runtimes['python']!,
        go: runtime(
          {
            status: 'unreadable',
            version: null,
            command: 'go version',
            duration_ms: 5,
            exit_code: 2,
            stdout_bytes: 0,
            stderr_bytes: 9,
          },
          ['go.mod'],
        ),
      },
      env: [
        { name: 'API_URL', state: 'set' },
        { name: 'DATABASE_URL', state: 'empty' },
      ],
    });
    expect(v.status).toBe('fail');
    expect(v.reasons.map((r) => r.code)).toEqual([
      'RUNTIME_VERSION_MISMATCH',
      'ENV_VAR_MISSING',
      'TOOL_VERSION_UNREADABLE',
    ]);
  });

  it('an expectation that is not a range (a hand-edited committed signature) says so instead of crashing', () => {
    const exp: EnvironmentExpectations = {
      ...EXPECT,
      runtimes: { node: { range: 'latest', source: 'sig.json' } },
    };
    expect(judgeEnvironment(SIG, exp).reasons[0]!.message).toBe(
      'node is 24.1.0, expected latest (sig.json); the expectation is not a version range: "latest" is not a version range; write a version ("3.11"), a comparison (">=8") or a semver range ("^1.8")',
    );
  });
});

describe('skippedEnvironment', () => {
  it('is recorded as skipped with who skipped it', () => {
    expect(skippedEnvironment('TPR_ENV_VALIDATE=skip')).toEqual({
      gate: 'environment',
      status: 'skipped',
      reasons: [
        {
          code: 'ENV_VALIDATION_SKIPPED',
          message:
            'environment validation was skipped by TPR_ENV_VALIDATE=skip; nothing about the environment was judged',
          evidence: { by: 'TPR_ENV_VALIDATE=skip' },
        },
      ],
    });
  });
});

describe('validationSkippedBy: the input over TPR_ENV_VALIDATE', () => {
  it.each([
    [undefined, undefined, null],
    ['', '', null],
    ['skip', undefined, 'validate-env: skip'],
    [' SKIP ', 'run', 'validate-env: skip'],
    [undefined, 'skip', 'TPR_ENV_VALIDATE=skip'],
    ['', 'Skip', 'TPR_ENV_VALIDATE=skip'],
    ['run', 'skip', null],
    [undefined, 'skipp', null],
  ] as const)('input %j, TPR_ENV_VALIDATE %j → %j', (input, variable, by) => {
    expect(validationSkippedBy(input, variable)).toBe(by);
  });
});

describe('validationFailure: env.validation.failure.json', () => {
  it('lists the codes and reasons with the machine they were judged on', () => {
    const verdict = judge({ os: 'windows', platform: 'win32', env: [] });
    expect(validationFailure(verdict, { ...SIG, os: 'windows' })).toEqual({
      gate: 'environment',
      status: 'fail',
      codes: ['OS_MISMATCH', 'ENV_VAR_MISSING'],
      reasons: verdict.reasons,
      environment: {
        os: 'windows',
        arch: 'x64',
        runner: SIG.runner,
        captured_at: '2026-03-01T12:00:00.000Z',
      },
    });
  });
});
