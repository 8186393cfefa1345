import type {
  EnvironmentExpectations,
  EnvironmentSignature,
  ExpectedVersion,
  ProbedVersion,
} from '../analysis/environment.js';
import { isPrerelease, parseRange, satisfies } from '../analysis/versions.js';
import type { Reason, Verdict } from '../model/verdict.js';

const GATE = 'environment';

type Severity = 'fail' | 'warn';
interface Finding {
  readonly severity: Severity;
  readonly reason: Reason;
}

/**
 * Judges a signature against what is expected. Everything expected and wrong fails with a reason
 * code naming expected and actual; a runtime the repository uses but nobody pinned only warns when
 * its probe hung or printed nonsense (it is recorded either way).
 */
export function judgeEnvironment(
  signature: EnvironmentSignature,
  expected: EnvironmentExpectations,
): Verdict {
  const findings: Finding[] = [];
  const fail = (reason: Reason) => findings.push({ severity: 'fail', reason });
  const warn = (reason: Reason) => findings.push({ severity: 'warn', reason });

  if (expected.os !== null && !(expected.os.allowed as readonly string[]).includes(signature.os)) {
    const allowed = expected.os.allowed;
    fail({
      code: 'OS_MISMATCH',
      message: `the tests run on ${signature.os}, expected ${orList(allowed)} (${expected.os.source})`,
      evidence: {
        expected: allowed.join(', '),
        actual: signature.os,
        platform: signature.platform,
        source: expected.os.source,
      },
    });
  }

  for (const [name, entry] of Object.entries(signature.runtimes)) {
    const want = expected.runtimes[name as keyof typeof expected.runtimes];
    if (want !== undefined) continue;
    // Unpinned: a hung or babbling runtime still deserves a look, a missing one is just recorded.
    const why =
      entry.detected_from.length > 0 ? `the repository uses it: ${entry.detected_from.join(', ')}` : null;
    const r = probeProblem('runtime', name, entry, null, why);
    if (r !== null && entry.status !== 'missing') warn(r);
  }
  for (const [name, want] of Object.entries(expected.runtimes)) {
    if (want === undefined) continue;
    judgeVersion('runtime', name, signature.runtimes[name], want, fail);
  }
  for (const name of Object.keys(expected.tools).sort())
    judgeVersion('tool', name, signature.tools[name], expected.tools[name]!, fail);

  const locks = new Map(signature.lock_files.map((l) => [l.file, l]));
  for (const file of Object.keys(expected.lockFiles).sort()) {
    const want = expected.lockFiles[file]!;
    const l = locks.get(file);
    const evidence = { file, expected: want.sha256, source: want.source };
    if (l === undefined || l.status === 'missing') {
      fail({
        code: 'LOCKFILE_MISSING',
        message: `${file} is expected (${want.sha256 === 'present' ? 'present' : `sha256 ${short(want.sha256)}`}, ${want.source}) but the repository has no such file`,
        evidence: { ...evidence, actual: null },
      });
    } else if (l.status === 'unreadable') {
      fail({
        code: 'LOCKFILE_UNREADABLE',
        message: `${file} exists but cannot be read (${l.error ?? 'unknown error'}), so its hash cannot be checked (${want.source})`,
        evidence: { ...evidence, actual: null, error: l.error ?? null },
      });
    } else if (want.sha256 !== 'present' && want.sha256 !== l.sha256 && want.sha256 !== l.sha256_lf) {
      fail({
        code: 'LOCKFILE_HASH_MISMATCH',
        message: `${file} has sha256 ${short(l.sha256)}, expected ${short(want.sha256)} (${want.source}): the dependencies installed are not the ones pinned`,
        evidence: { ...evidence, actual: l.sha256 },
      });
    }
  }
  for (const l of signature.lock_files)
    if (l.status === 'unreadable' && expected.lockFiles[l.file] === undefined)
      warn({
        code: 'LOCKFILE_UNREADABLE',
        message: `${l.file} exists but cannot be read (${l.error ?? 'unknown error'}); it is recorded without a hash`,
        evidence: { file: l.file, expected: null, actual: null, error: l.error ?? null, source: null },
      });

  const states = new Map(signature.env.map((e) => [e.name, e.state]));
  for (const { name, source } of expected.requiredEnv) {
    const state = states.get(name);
    if (state === 'set') continue;
    const actual = state ?? 'unset';
    const what =
      state === 'empty'
        ? 'is set but empty'
        : state === undefined
          ? 'was not checked (the signature does not list it)'
          : 'is not set';
    fail({
      code: 'ENV_VAR_MISSING',
      message: `${name} ${what}; it is required (${source})`,
      evidence: { variable: name, expected: 'set', actual, source },
    });
  }

  const seed = signature.seed;
  const want = expected.seed;
  if (seed.variable === want.variable) {
    if (seed.state === 'not-integer') {
      fail({
        code: 'SEED_NOT_INTEGER',
        message: `${seed.variable} is not an integer: ${seed.problem ?? 'it has other characters than digits'}`,
        evidence: {
          variable: seed.variable,
          expected: 'an integer',
          actual: 'not an integer',
          problem: seed.problem ?? null,
        },
      });
    } else if (want.required && (seed.state === 'unset' || seed.state === 'empty')) {
      fail({
        code: 'SEED_MISSING',
        message: `${seed.variable} ${seed.state === 'unset' ? 'is not set' : seed.problem === 'set but only whitespace' ? 'is set but only whitespace' : 'is set but empty'}; the reproducibility seed is required (${want.source ?? 'environment.seed.required'})`,
        evidence: {
          variable: seed.variable,
          expected: 'an integer',
          actual: seed.state,
          source: want.source,
        },
      });
    }
  } else if (want.required) {
    fail({
      code: 'SEED_MISSING',
      message: `the signature records the seed ${seed.variable}, not ${want.variable}; the reproducibility seed ${want.variable} is required (${want.source ?? 'environment.seed.required'})`,
      evidence: {
        variable: want.variable,
        expected: 'an integer',
        actual: 'not checked',
        source: want.source,
      },
    });
  }

  const reasons = [
    ...findings.filter((f) => f.severity === 'fail'),
    ...findings.filter((f) => f.severity === 'warn'),
  ].map((f) => f.reason);
  const status = findings.some((f) => f.severity === 'fail') ? 'fail' : findings.length > 0 ? 'warn' : 'pass';
  return { gate: GATE, status, reasons };
}

/**
 * Validation switched off (`validate-env: skip`, `TPR_ENV_VALIDATE=skip`): recorded as skipped with
 * who skipped it, never silently.
 */
export function skippedEnvironment(by: string): Verdict {
  return {
    gate: GATE,
    status: 'skipped',
    reasons: [
      {
        code: 'ENV_VALIDATION_SKIPPED',
        message: `environment validation was skipped by ${by}; nothing about the environment was judged`,
        evidence: { by },
      },
    ],
  };
}

/**
 * Who asked to skip validation, for ENV_VALIDATION_SKIPPED; null: validate. The `validate-env`
 * input wins over TPR_ENV_VALIDATE, as every explicit input wins over its TPR_* default; only
 * `skip` skips (inputs.ts refuses values other than run and skip for the input).
 */
export function validationSkippedBy(input: string | undefined, variable: string | undefined): string | null {
  const given = input?.trim().toLowerCase();
  if (given) return given === 'skip' ? 'validate-env: skip' : null;
  return variable?.trim().toLowerCase() === 'skip' ? 'TPR_ENV_VALIDATE=skip' : null;
}

/** The content of env.validation.failure.json: what failed, with the facts it was judged on. */
export function validationFailure(
  verdict: Verdict,
  signature: EnvironmentSignature,
): Record<string, unknown> {
  return {
    gate: verdict.gate,
    status: verdict.status,
    codes: [...new Set(verdict.reasons.map((r) => r.code))],
    reasons: verdict.reasons,
    environment: {
      os: signature.os,
      arch: signature.arch,
      runner: signature.runner,
      captured_at: signature.captured_at,
    },
  };
}

function judgeVersion(
  kind: 'runtime' | 'tool',
  name: string,
  entry: ProbedVersion | undefined,
  want: ExpectedVersion,
  fail: (r: Reason) => void,
): void {
  const base = { kind, [kind]: name, expected: want.range, source: want.source };
  if (entry === undefined) {
    fail({
      code: 'TOOL_MISSING',
      message: `${name} ${want.range} is expected (${want.source}) but was not probed: the signature has no ${kind} ${name}`,
      evidence: { ...base, actual: null, command: null },
    });
    return;
  }
  const problem = probeProblem(kind, name, entry, want, null);
  if (problem !== null) {
    fail(problem);
    return;
  }
  const actual = entry.version!;
  if (satisfies(actual, want.range)) return;
  const range = parseRange(want.range);
  const why =
    'problem' in range
      ? `; the expectation is not a version range: ${range.problem}`
      : isPrerelease(actual)
        ? `; ${actual} is a prerelease, which a range admits only when it names a prerelease of the same version`
        : '';
  fail({
    code: kind === 'runtime' ? 'RUNTIME_VERSION_MISMATCH' : 'TOOL_VERSION_MISMATCH',
    message: `${name} is ${actual}, expected ${want.range} (${want.source})${why}`,
    evidence: { ...base, actual, command: entry.command },
  });
}

/** The reason a probe did not produce a version; null when it did. */
function probeProblem(
  kind: 'runtime' | 'tool',
  name: string,
  entry: ProbedVersion,
  want: ExpectedVersion | null,
  context: string | null,
): Reason | null {
  const wanted =
    want === null
      ? context === null
        ? ''
        : ` (${context})`
      : `; ${name} ${want.range} is expected (${want.source})`;
  const evidence = {
    kind,
    [kind]: name,
    expected: want?.range ?? null,
    actual: null,
    command: entry.command,
    source: want?.source ?? null,
  };
  const program = entry.command.split(' ')[0] ?? name;
  switch (entry.status) {
    case 'ok':
      return null;
    case 'missing':
      return {
        code: 'TOOL_MISSING',
        message: `${program} was not found on PATH${wanted}`,
        evidence,
      };
    case 'timeout':
      return {
        code: 'TOOL_PROBE_TIMEOUT',
        message: `"${entry.command}" did not answer within ${entry.timeout_ms ?? '?'} ms and was stopped${wanted}`,
        evidence: { ...evidence, timeout_ms: entry.timeout_ms ?? null },
      };
    case 'unreadable':
      return {
        code: 'TOOL_VERSION_UNREADABLE',
        message: `"${entry.command}" printed no version number (exit code ${entry.exit_code ?? 'none: killed by a signal'}, ${entry.stdout_bytes ?? 0} bytes on stdout, ${entry.stderr_bytes ?? 0} on stderr)${wanted}`,
        evidence: {
          ...evidence,
          exit_code: entry.exit_code ?? null,
          stdout_bytes: entry.stdout_bytes ?? null,
          stderr_bytes: entry.stderr_bytes ?? null,
        },
      };
    case 'error':
      return {
        code: 'TOOL_VERSION_UNREADABLE',
        message: `"${entry.command}" could not be started (${errorWords(entry.error)})${wanted}`,
        evidence: { ...evidence, error: entry.error ?? null },
      };
  }
}

function errorWords(code: string | undefined): string {
  if (code === 'EACCES') return 'EACCES: permission denied; is it executable?';
  return code ?? 'unknown error';
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function short(sha: string | null): string {
  return sha === null ? 'none' : `${sha.slice(0, 12)}…`;
}
