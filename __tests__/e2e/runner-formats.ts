// The formats the GitHub runner reads and writes around a JavaScript action, reproduced for the
// e2e harness: INPUT_* names and defaults, the file commands (GITHUB_OUTPUT, GITHUB_ENV,
// GITHUB_STATE, GITHUB_PATH) and the workflow commands printed on stdout. Pure functions, so the
// unit tests can pin them to what @actions/core 3 really writes.
import { load } from 'js-yaml';

/** An input as action.yml declares it. */
export interface DeclaredInput {
  name: string;
  /** The declared default, as written (may hold `${{ }}` expressions); undefined when none. */
  default: string | undefined;
}

/** A workflow command parsed from a stdout line, unescaped. */
export interface WorkflowCommand {
  command: string;
  props: Record<string, string>;
  message: string;
}

/** The inputs declared by an action.yml text, in declaration order. */
export function parseActionInputs(actionYml: string): DeclaredInput[] {
  const doc = load(actionYml);
  if (!isRecord(doc)) throw new Error('action.yml is not a mapping');
  const inputs = doc['inputs'];
  if (inputs === undefined || inputs === null) return [];
  if (!isRecord(inputs)) throw new Error('action.yml: `inputs` is not a mapping');
  return Object.entries(inputs).map(([name, spec]) => {
    if (spec !== null && spec !== undefined && !isRecord(spec)) {
      throw new Error(`action.yml: input "${name}" is not a mapping`);
    }
    const value = spec?.['default'];
    if (value !== undefined && value !== null && typeof value === 'object') {
      throw new Error(`action.yml: input "${name}" has a non-scalar default`);
    }
    // The runner turns a scalar default into its string form; a null default counts as none.
    return { name, default: value === undefined || value === null ? undefined : String(value) };
  });
}

/** The runner's variable name for an input: spaces become `_`, uppercased, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The `${{ }}` expressions the harness evaluates in input defaults, keyed by their lowercased
 * text (expressions are case-insensitive). Anything else fails loudly instead of being passed
 * through as a literal the runner would never deliver.
 */
export type ExpressionValues = Record<string, string>;

/** Evaluates the `${{ expr }}` parts of a default; throws on an expression it does not know. */
export function evaluateDefault(inputName: string, value: string, known: ExpressionValues): string {
  const result = value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, raw: string) => {
    const expr = raw.trim();
    const key = expr.toLowerCase();
    if (!Object.hasOwn(known, key)) {
      throw new Error(
        `action.yml input "${inputName}" has the default \${{ ${expr} }}, which the e2e harness cannot ` +
          `evaluate (it knows: ${Object.keys(known).join(', ')}). Teach __tests__/e2e/harness.ts the ` +
          `expression rather than passing it through literally.`,
      );
    }
    return known[key] ?? '';
  });
  if (result.includes('${{')) {
    throw new Error(`action.yml input "${inputName}" has an unterminated \${{ expression: ${value}`);
  }
  return result;
}

/**
 * The INPUT_* variables the runner sets for a step: every declared input, with the workflow's
 * value or else the declared default (expressions evaluated) or ''. An override naming no
 * declared input is an error (the runner only warns, but in a test it is always a typo).
 */
export function inputEnv(
  declared: readonly DeclaredInput[],
  overrides: Readonly<Record<string, string>>,
  known: ExpressionValues,
): Record<string, string> {
  const names = new Set(declared.map((input) => input.name));
  for (const name of Object.keys(overrides)) {
    if (!names.has(name)) {
      throw new Error(
        `Unknown input "${name}": action.yml declares ${[...names].map((n) => `"${n}"`).join(', ')}`,
      );
    }
  }
  const env: Record<string, string> = {};
  for (const input of declared) {
    const override = Object.hasOwn(overrides, input.name) ? overrides[input.name] : undefined;
    env[inputEnvName(input.name)] =
      override ?? (input.default === undefined ? '' : evaluateDefault(input.name, input.default, known));
  }
  return env;
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE file as the runner does: `name=value` lines
 * and `name<<DELIMITER` heredocs (what @actions/core writes, with a `ghadelimiter_<uuid>`
 * delimiter). Later values of a name win. Throws on anything the runner would reject, and also on
 * an empty name (the runner accepts `=value`; no correct action writes it).
 */
export function parseFileCommands(text: string, label = 'file command'): Record<string, string> {
  const values = new Map<string, string>();
  const lines = splitLines(text);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i++]!;
    if (line.text === '') continue;
    const equals = line.text.indexOf('=');
    const heredoc = line.text.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      const name = line.text.slice(0, equals);
      if (name === '') throw new Error(`${label}: line ${line.number}: empty name in ${quote(line.text)}`);
      values.set(name, line.text.slice(equals + 1));
    } else if (heredoc >= 0) {
      const name = line.text.slice(0, heredoc);
      const delimiter = line.text.slice(heredoc + 2);
      if (name === '' || delimiter === '') {
        throw new Error(
          `${label}: line ${line.number}: needs a name and a delimiter around "<<": ${quote(line.text)}`,
        );
      }
      const body: string[] = [];
      let closed = false;
      while (i < lines.length) {
        const next = lines[i++]!;
        if (next.text === delimiter) {
          closed = true;
          break;
        }
        body.push(next.text + next.eol);
      }
      if (!closed) {
        throw new Error(
          `${label}: line ${line.number}: the value of "${name}" never ends: delimiter ${quote(delimiter)} not found`,
        );
      }
      // The newline before the closing delimiter belongs to the format, not to the value.
      const value = body.join('');
      values.set(name, value.replace(/\r?\n$/, ''));
    } else {
      throw new Error(
        `${label}: line ${line.number}: neither name=value nor name<<delimiter: ${quote(line.text)}`,
      );
    }
  }
  return Object.fromEntries(values);
}

/** The directories a GITHUB_PATH file adds, in the order written (the runner skips empty lines). */
export function parsePathFile(text: string): string[] {
  return splitLines(text)
    .map((line) => line.text)
    .filter((line) => line !== '');
}

/**
 * The commands the runner's command parser (ActionCommand.TryParseV2) finds in stdout: a line
 * that, after leading whitespace, is `::name key=value,key=value::message`. Only the runner's
 * registered command names count; everything else is log text. `::stop-commands::TOKEN` turns
 * parsing off until a `::TOKEN::` line (neither that line nor the ones before it are reported).
 */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let resumeToken: string | undefined;
  for (const { text } of splitLines(stdout)) {
    const line = text.trimStart();
    if (resumeToken !== undefined) {
      // The runner resumes on any `::TOKEN::…` line, matching the token case-insensitively.
      const end = line.startsWith('::') ? line.indexOf('::', 2) : -1;
      const name = end < 0 ? undefined : line.slice(2, end).split(' ')[0];
      if (name !== undefined && name.toLowerCase() === resumeToken.toLowerCase()) resumeToken = undefined;
      continue;
    }
    const command = parseWorkflowCommand(line);
    if (command === undefined) continue;
    commands.push(command);
    if (command.command === 'stop-commands' && command.message !== '') resumeToken = command.message;
  }
  return commands;
}

/** The command names the runner acts on; any other `::x::` line is plain log output. */
export const REGISTERED_COMMANDS: ReadonlySet<string> = new Set([
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'stop-commands',
  'warning',
]);

/** One stdout line as a workflow command, or undefined when the runner would just log it. */
export function parseWorkflowCommand(line: string): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!REGISTERED_COMMANDS.has(command)) return undefined;
  const props: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')) {
      const equals = pair.indexOf('=');
      // Like the runner: a property without a name or without a value is dropped.
      if (equals <= 0 || equals === pair.length - 1) continue;
      Object.defineProperty(props, pair.slice(0, equals), {
        value: unescapeProperty(pair.slice(equals + 1)),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return { command, props, message: unescapeData(text.slice(end + 2)) };
}

/** Reverses @actions/core's escapeData: %0D, %0A, then %25. */
export function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Reverses @actions/core's escapeProperty: %0D, %0A, %3A, %2C, then %25. */
export function unescapeProperty(value: string): string {
  return value
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

interface Line {
  text: string;
  /** The line break that ended it: '\n', '\r\n', or '' for a last line without one. */
  eol: string;
  number: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    if (newline < 0) {
      lines.push({ text: text.slice(start), eol: '', number });
      break;
    }
    const crlf = newline > start && text[newline - 1] === '\r';
    lines.push({
      text: text.slice(start, crlf ? newline - 1 : newline),
      eol: crlf ? '\r\n' : '\n',
      number: number++,
    });
    start = newline + 1;
  }
  return lines;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
