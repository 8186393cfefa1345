import { parseRange } from '../analysis/versions.js';

/**
 * The `environment:` section of test-ladder.yml: what the test environment must be. YAML keys are
 * kebab-case (`lock-files`), fields here camelCase; keys *inside* `lock-files`, `tools` and
 * `runtimes` are paths and names and are kept exactly as written.
 */

/** The runtimes test-ladder knows how to detect and probe. */
export const RUNTIMES = ['node', 'python', 'go', 'java', 'ruby', 'rust', 'dotnet'] as const;
export type RuntimeName = (typeof RUNTIMES)[number];

export const OS_NAMES = ['linux', 'macos', 'windows'] as const;
export type OsName = (typeof OS_NAMES)[number];

export interface ToolExpectation {
  /** A version or range: `">=8"`, `"3.11"`, `"^1.8"`. */
  readonly range: string;
  /** The argv that prints the version, no shell; null: `<name> --version`. */
  readonly command: readonly string[] | null;
}

export interface SeedConfig {
  /** The variable that carries the reproducibility seed. Default `TPR_SEED`. */
  readonly variable: string;
  /** Whether a missing seed fails the gate. A seed that is set must be an integer either way. */
  readonly required: boolean;
}

export interface EnvironmentConfig {
  /** Runtime → version pin or range; `"3.11"` matches 3.11.x, `"24"` matches 24.x. */
  readonly runtimes: Readonly<Partial<Record<RuntimeName, string>>>;
  /** Repository-relative lock file path → its expected SHA-256 (hex), or `"present"`. */
  readonly lockFiles: Readonly<Record<string, string>>;
  /** Variables that must be set to something non-empty. Only their presence is ever recorded. */
  readonly requiredEnv: readonly string[];
  readonly seed: SeedConfig;
  /** Tool name → expected version. */
  readonly tools: Readonly<Record<string, ToolExpectation>>;
  /** Allowed operating systems; empty: any. */
  readonly os: readonly OsName[];
  /** A committed signature (repository-relative) to expect, e.g. `.github/env.signature.json`. */
  readonly expectedSignature: string | null;
  /** Each version probe is stopped after this long. */
  readonly probeTimeoutMs: number;
  /** Whether runtimes are also detected from repository files (package.json, go.mod, …). */
  readonly detectRuntimes: boolean;
}

export const DEFAULT_SEED_VARIABLE = 'TPR_SEED';
export const DEFAULT_PROBE_TIMEOUT_MS = 2000;

export const DEFAULT_ENVIRONMENT: EnvironmentConfig = {
  runtimes: {},
  lockFiles: {},
  requiredEnv: [],
  seed: { variable: DEFAULT_SEED_VARIABLE, required: false },
  tools: {},
  os: [],
  expectedSignature: null,
  probeTimeoutMs: DEFAULT_PROBE_TIMEOUT_MS,
  detectRuntimes: true,
};

const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Relative, forward slashes, no `..` segment: a lock file is read inside the repository. */
const REPO_PATH = '^(?![/\\\\])(?![A-Za-z]:)(?!(?:.*/)?\\.\\.(?:/|$))[^\\\\]+$';
const TOOL_NAME = '^[A-Za-z0-9][A-Za-z0-9._+-]*$';

const versionSpec = (what: string) => ({
  description: `${what}: a version ("3.11" matches 3.11.x, "24" matches 24.x.y) or a range (">=20 <23", "^1.8", "~3.11", ">=3.9,<3.13").`,
  type: 'string',
  minLength: 1,
  maxLength: 256,
});

/**
 * The JSON Schema of the section, merged by the config loader into schema/test-ladder.schema.json
 * under `properties.environment`. Draft-07, valid under Ajv's strict mode.
 */
export const environmentSchema = {
  description:
    'Environment validation: what the test environment must be before tests run (`mode: validate-env`, `test-ladder env`). Each mismatch is a reason code.',
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    runtimes: {
      description:
        'Runtime → expected version or range. Runtimes not listed are still detected from repository files and recorded, but not judged.',
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(RUNTIMES.map((r) => [r, versionSpec(r)])),
    },
    'lock-files': {
      description:
        'Repository-relative lock file path → its expected SHA-256 (64 hex digits) or "present". Lock files at the repository root are hashed whether listed or not.',
      type: 'object',
      propertyNames: { type: 'string', pattern: REPO_PATH, maxLength: 1024 },
      additionalProperties: {
        description:
          'The lock file\'s expected SHA-256 (64 hex digits), or "present" when only its presence is required.',
        type: 'string',
        pattern: '^(?:present|[0-9A-Fa-f]{64})$',
      },
    },
    'required-env': {
      description:
        'Environment variables that must be set and non-empty. Only their presence is recorded, never their values.',
      type: 'array',
      uniqueItems: true,
      items: {
        description: 'The name of an environment variable that must be set and non-empty.',
        type: 'string',
        pattern: ENV_NAME,
      },
    },
    seed: {
      description: 'The reproducibility seed: a variable that, when set, must be an integer.',
      type: 'object',
      additionalProperties: false,
      properties: {
        variable: {
          description: `The variable's name. Default: ${DEFAULT_SEED_VARIABLE}.`,
          type: 'string',
          pattern: ENV_NAME,
          default: DEFAULT_SEED_VARIABLE,
        },
        required: {
          description: 'Whether a missing seed fails the gate. Default: false.',
          type: 'boolean',
          default: false,
        },
      },
    },
    tools: {
      description:
        'Tool → expected version or range (`pytest: ">=8"`), or {range, command} when `<tool> --version` is not how the tool tells its version.',
      type: 'object',
      propertyNames: { type: 'string', pattern: TOOL_NAME, maxLength: 128 },
      additionalProperties: {
        description:
          'The expected version or range of this tool, or {range, command} to say how to ask it for its version.',
        type: ['string', 'object'],
        minLength: 1,
        maxLength: 256,
        additionalProperties: false,
        required: ['range'],
        properties: {
          range: versionSpec('the expected version'),
          command: {
            description: 'The command that prints the version, as a list: program then arguments. No shell.',
            type: 'array',
            minItems: 1,
            maxItems: 16,
            items: {
              description: 'The program, then each argument, one per item.',
              type: 'string',
              minLength: 1,
            },
          },
        },
      },
    },
    os: {
      description: 'Operating systems the tests may run on; any other fails with OS_MISMATCH.',
      type: 'array',
      uniqueItems: true,
      minItems: 1,
      items: {
        description: 'An operating system the tests may run on: linux, macos or windows.',
        enum: [...OS_NAMES],
      },
    },
    'expected-signature': {
      description:
        'A committed env.signature.json whose runtimes (same major.minor), tools (same major.minor), lock file hashes, present variables, seed and OS are expected. The keys above win over it.',
      type: 'string',
      pattern: REPO_PATH,
    },
    'probe-timeout-ms': {
      description: 'Each version probe is stopped after this many milliseconds. Default: 2000.',
      type: 'integer',
      minimum: 50,
      maximum: 60000,
      default: DEFAULT_PROBE_TIMEOUT_MS,
    },
    'detect-runtimes': {
      description:
        'Whether runtimes are detected from repository files (package.json, .nvmrc, pyproject.toml, go.mod, pom.xml, Gemfile, Cargo.toml, global.json, …) and probed. Default: true.',
      type: 'boolean',
      default: true,
    },
  },
} as const;

/** A problem the schema cannot see, at a JSON pointer into the config document. */
export interface EnvironmentProblem {
  readonly pointer: string;
  readonly message: string;
}

/**
 * Checks the schema cannot express: every version range must be one this reads. Call it on the
 * `environment` value after schema validation; pointers start at `/environment`.
 */
export function environmentProblems(section: unknown): EnvironmentProblem[] {
  if (!isMapping(section)) return [];
  const problems: EnvironmentProblem[] = [];
  const check = (pointer: string, spec: unknown) => {
    if (typeof spec !== 'string') return;
    const parsed = parseRange(spec);
    if ('problem' in parsed) problems.push({ pointer, message: `not a version range: ${parsed.problem}` });
  };
  const runtimes = own(section, 'runtimes');
  if (isMapping(runtimes))
    for (const [name, spec] of Object.entries(runtimes)) check(`/environment/runtimes/${escape(name)}`, spec);
  const tools = own(section, 'tools');
  if (isMapping(tools))
    for (const [name, spec] of Object.entries(tools)) {
      const pointer = `/environment/tools/${escape(name)}`;
      if (isMapping(spec)) check(`${pointer}/range`, own(spec, 'range'));
      else check(pointer, spec);
    }
  return problems;
}

/** The validated `environment` value (or undefined/null when absent) → EnvironmentConfig with defaults. */
export function toEnvironmentConfig(section: unknown): EnvironmentConfig {
  if (!isMapping(section)) return DEFAULT_ENVIRONMENT;
  const d = DEFAULT_ENVIRONMENT;
  const runtimes = own(section, 'runtimes');
  const lockFiles = own(section, 'lock-files');
  const requiredEnv = own(section, 'required-env');
  const seed = own(section, 'seed');
  const tools = own(section, 'tools');
  const os = own(section, 'os');
  const expected = own(section, 'expected-signature');
  const timeout = own(section, 'probe-timeout-ms');
  const detect = own(section, 'detect-runtimes');
  return {
    runtimes: isMapping(runtimes) ? strings(runtimes) : d.runtimes,
    lockFiles: isMapping(lockFiles)
      ? Object.fromEntries(
          Object.entries(strings(lockFiles)).map(([p, v]) => [p, v === 'present' ? v : v.toLowerCase()]),
        )
      : d.lockFiles,
    requiredEnv: Array.isArray(requiredEnv)
      ? requiredEnv.filter((v) => typeof v === 'string')
      : d.requiredEnv,
    seed: {
      variable: isMapping(seed) && typeof seed['variable'] === 'string' ? seed['variable'] : d.seed.variable,
      required: isMapping(seed) && typeof seed['required'] === 'boolean' ? seed['required'] : d.seed.required,
    },
    tools: isMapping(tools)
      ? Object.fromEntries(
          Object.entries(tools).flatMap(([name, spec]): [string, ToolExpectation][] => {
            if (typeof spec === 'string') return [[name, { range: spec, command: null }]];
            if (isMapping(spec) && typeof spec['range'] === 'string') {
              const command = spec['command'];
              return [
                [
                  name,
                  {
                    range: spec['range'],
                    command: Array.isArray(command) ? command.filter((c) => typeof c === 'string') : null,
                  },
                ],
              ];
            }
            return [];
          }),
        )
      : d.tools,
    os: Array.isArray(os)
      ? os.filter((o): o is OsName => (OS_NAMES as readonly unknown[]).includes(o))
      : d.os,
    expectedSignature: typeof expected === 'string' ? expected : d.expectedSignature,
    probeTimeoutMs: typeof timeout === 'number' ? timeout : d.probeTimeoutMs,
    detectRuntimes: typeof detect === 'boolean' ? detect : d.detectRuntimes,
  };
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(m: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(m, key) ? m[key] : undefined;
}

function strings(m: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(m).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
