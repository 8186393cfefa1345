// The e2e harness's readers of the runner formats, pinned to what the real @actions/core 3 writes:
// the ground truth comes from calling @actions/core in a child process, not from hand-made strings.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  evaluateDefault,
  inputEnv,
  inputEnvName,
  parseActionInputs,
  parseFileCommands,
  parsePathFile,
  parseWorkflowCommand,
  parseWorkflowCommands,
} from '../e2e/runner-formats.js';
import { node24, REPO_ROOT } from '../e2e/harness.js';

const run = promisify(execFile);

/** Runs an ES module snippet that can import @actions/core (resolved from the repo root). */
async function withCore(script: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  return stdout;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'test-ladder-harness-unit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const VALUES: [string, string][] = [
  ['simple', 'value'],
  ['coverage-delta', '-1.25'],
  ['multi', 'line 1\nline 2\n\nline 4'],
  ['crlf', 'a\r\nb\r\n'],
  ['trailing-newline', 'ends\n'],
  ['leading-newline', '\nstarts'],
  ['only-newlines', '\n\n'],
  ['empty', ''],
  ['specials', '100% : a,b = c << d %0A %25 %3A %2C'],
  ['unicode', 'π ≥ 3 — ✓ 🎉'],
  ['looks-like-format', 'EOF\nname=value\nother<<EOF\nghadelimiter_x'],
  ['spaces', '  padded  '],
  ['dup', 'first'],
  ['dup', 'second'],
];

describe('parseFileCommands on what @actions/core 3 writes', () => {
  let written: { output: string; env: string; state: string; path: string };

  beforeAll(async () => {
    const files = {
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_ENV: join(dir, 'env'),
      GITHUB_STATE: join(dir, 'state'),
      GITHUB_PATH: join(dir, 'path'),
    };
    for (const file of Object.values(files)) await writeFile(file, '');
    await withCore(
      `import * as core from '@actions/core';
       const values = JSON.parse(process.env.VALUES);
       for (const [name, value] of values) {
         core.setOutput(name, value);
         core.exportVariable('V_' + name, value);
         core.saveState(name, value);
       }
       core.setOutput('object', { a: [1, 'x:y'] });
       core.setOutput('number', 42);
       core.setOutput('bool', false);
       core.addPath('/opt/a b/bin');
       core.addPath('/opt/c:d');`,
      { ...files, VALUES: JSON.stringify(VALUES) },
    );
    written = {
      output: await readFile(files.GITHUB_OUTPUT, 'utf8'),
      env: await readFile(files.GITHUB_ENV, 'utf8'),
      state: await readFile(files.GITHUB_STATE, 'utf8'),
      path: await readFile(files.GITHUB_PATH, 'utf8'),
    };
  });

  it('reads back every output (later values of a name win)', () => {
    expect(written.output).toMatch(/^simple<<ghadelimiter_[0-9a-f-]{36}\nvalue\nghadelimiter_/);
    expect(parseFileCommands(written.output)).toEqual({
      ...Object.fromEntries(VALUES),
      object: '{"a":[1,"x:y"]}',
      number: '42',
      bool: 'false',
    });
  });

  it('reads back GITHUB_ENV and GITHUB_STATE', () => {
    expect(parseFileCommands(written.env)).toEqual(
      Object.fromEntries(VALUES.map(([name, value]) => [`V_${name}`, value])),
    );
    expect(parseFileCommands(written.state)).toEqual(Object.fromEntries(VALUES));
  });

  it('reads back GITHUB_PATH', () => {
    expect(parsePathFile(written.path)).toEqual(['/opt/a b/bin', '/opt/c:d']);
  });
});

describe('parseFileCommands format rules', () => {
  it('reads name=value lines, splitting at the first =', () => {
    expect(parseFileCommands('a=b=c\nempty=\n\nx<y=1\nheredoc=a<<b\n')).toEqual({
      a: 'b=c',
      empty: '',
      'x<y': '1',
      heredoc: 'a<<b',
    });
  });

  it('reads a heredoc written with CRLF line ends, keeping inner CRLFs', () => {
    expect(parseFileCommands('name<<EOF\r\nline1\r\nline2\r\nEOF\r\nnext=1\r\n')).toEqual({
      name: 'line1\r\nline2',
      next: '1',
    });
  });

  it('accepts a closing delimiter at the very end without a newline, and an empty body', () => {
    expect(parseFileCommands('a<<D\nD\nb<<E\nx\nE')).toEqual({ a: '', b: 'x' });
  });

  it('keeps a name like __proto__ as a plain key', () => {
    const parsed = parseFileCommands('__proto__=x\n');
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toBe('x');
  });

  it.each([
    ['a line that is neither form', 'just text\n', /neither name=value nor name<<delimiter/],
    ['an empty name', '=value\n', /empty name/],
    ['a heredoc without a name', '<<EOF\nx\nEOF\n', /needs a name and a delimiter/],
    ['a heredoc without a delimiter', 'name<<\nx\n', /needs a name and a delimiter/],
    ['a heredoc that never ends', 'name<<EOF\nx\nEOFX\n', /delimiter "EOF" not found/],
    ['a delimiter with trailing space', 'name<<EOF\nx\nEOF \n', /not found/],
  ])('throws on %s', (_what, text, message) => {
    expect(() => parseFileCommands(text, 'GITHUB_OUTPUT')).toThrow(message);
    expect(() => parseFileCommands(text, 'GITHUB_OUTPUT')).toThrow(/^GITHUB_OUTPUT: line \d+: /);
  });
});

describe('parseWorkflowCommands on what @actions/core 3 prints', () => {
  const nasty = 'boom: 50%\nsecond, line\r\n%0A%25 ::x::';
  let stdout: string;

  beforeAll(async () => {
    stdout = await withCore(
      `import * as core from '@actions/core';
       const nasty = process.env.NASTY;
       core.info('plain log :: not a command');
       core.error(nasty, { file: 'src/a,b:c%.ts', startLine: 3, endLine: 4, startColumn: 5, endColumn: 6, title: nasty });
       core.warning(nasty);
       core.warning('with title', { title: 'T: x, y' });
       core.notice(new Error('as an error'));
       core.startGroup('Group: 1, 2');
       core.endGroup();
       core.setSecret('s3cr3t%value');
       core.debug('dbg');
       core.info('  indented log line');`,
      { NASTY: nasty, GITHUB_OUTPUT: '' },
    );
  });

  it('reads back every command, unescaped', () => {
    expect(stdout).toContain('%0A');
    expect(parseWorkflowCommands(stdout)).toEqual([
      {
        command: 'error',
        props: { title: nasty, file: 'src/a,b:c%.ts', line: '3', endLine: '4', col: '5', endColumn: '6' },
        message: nasty,
      },
      { command: 'warning', props: {}, message: nasty },
      { command: 'warning', props: { title: 'T: x, y' }, message: 'with title' },
      { command: 'notice', props: {}, message: 'Error: as an error' },
      { command: 'group', props: {}, message: 'Group: 1, 2' },
      { command: 'endgroup', props: {}, message: '' },
      { command: 'add-mask', props: {}, message: 's3cr3t%value' },
      { command: 'debug', props: {}, message: 'dbg' },
    ]);
  });
});

describe('parseWorkflowCommand rules (as the runner parses)', () => {
  it('ignores names the runner does not register, and lines without a closing ::', () => {
    expect(parseWorkflowCommand('::custom::x')).toBeUndefined();
    expect(parseWorkflowCommand('::error')).toBeUndefined();
    expect(parseWorkflowCommand('log ::error::x')).toBeUndefined();
  });

  it('allows leading whitespace and drops properties without a name or a value', () => {
    expect(parseWorkflowCommand('   ::error file=a.ts,line=,=3,,title=a=b ::msg:: more')).toEqual({
      command: 'error',
      props: { file: 'a.ts', title: 'a=b' },
      message: 'msg:: more',
    });
    expect(parseWorkflowCommand('::error ::x')).toEqual({ command: 'error', props: {}, message: 'x' });
  });

  it('stops parsing between ::stop-commands::TOKEN and ::TOKEN::', () => {
    const out = ['::stop-commands::tok123', '::error::hidden', '::TOK123::', '::warning::seen'].join('\n');
    expect(parseWorkflowCommands(out)).toEqual([
      { command: 'stop-commands', props: {}, message: 'tok123' },
      { command: 'warning', props: {}, message: 'seen' },
    ]);
  });
});

describe('INPUT_* mapping', () => {
  it('keeps hyphens, turns spaces into _ and uppercases, like the runner and core.getInput', () => {
    expect(inputEnvName('coverage-files')).toBe('INPUT_COVERAGE-FILES');
    expect(inputEnvName('some input name')).toBe('INPUT_SOME_INPUT_NAME');
    expect(inputEnvName('base-dir')).toBe('INPUT_BASE-DIR');
  });

  it('gives every input of the real action.yml its default, or the override', async () => {
    const declared = parseActionInputs(await readFile(join(REPO_ROOT, 'action.yml'), 'utf8'));
    expect(declared.length).toBeGreaterThan(0);
    const hyphenated = declared.find((input) => input.name.includes('-'));
    expect(hyphenated).toBeDefined();
    const overrides = { [hyphenated?.name ?? '']: 'line 1\nline 2  ' };
    // github-token defaults to ${{ github.token }}: the runner evaluates it, so must the harness.
    const known = { 'github.token': 'ghs_from_the_runner' };
    const env = inputEnv(declared, overrides, known);
    expect(Object.keys(env)).toEqual(declared.map((input) => inputEnvName(input.name)));
    expect(Object.keys(env)).toContain('INPUT_COVERAGE-FILES');
    expect(Object.keys(env)).not.toContain('INPUT_COVERAGE_FILES');
    for (const input of declared) {
      const expected =
        overrides[input.name] ??
        (input.default === '${{ github.token }}' ? known['github.token'] : input.default) ??
        '';
      expect(env[inputEnvName(input.name)], input.name).toBe(expected);
    }

    // The real core.getInput finds each of them under its declared name.
    const read = await withCore(
      `import * as core from '@actions/core';
       const names = JSON.parse(process.env.NAMES);
       process.stdout.write(JSON.stringify(names.map((n) => core.getInput(n, { trimWhitespace: false }))));`,
      { ...env, NAMES: JSON.stringify(declared.map((input) => input.name)) },
    );
    expect(JSON.parse(read)).toEqual(declared.map((input) => env[inputEnvName(input.name)]));
  });

  it('reads defaults as the runner does: scalars as strings, none as empty', () => {
    const declared = parseActionInputs(
      [
        'inputs:',
        '  a: { default: 3 }',
        '  b: { default: true }',
        '  c: { description: none }',
        '  d:',
        '  e: { default: "" }',
        '  some input: { default: x }',
      ].join('\n'),
    );
    expect(inputEnv(declared, {}, {})).toEqual({
      INPUT_A: '3',
      INPUT_B: 'true',
      INPUT_C: '',
      INPUT_D: '',
      INPUT_E: '',
      INPUT_SOME_INPUT: 'x',
    });
    expect(parseActionInputs('name: x\n')).toEqual([]);
  });

  it('evaluates the known expressions and refuses the others', () => {
    const known = { 'github.token': 'ghs_x', 'github.repository': 'o/r' };
    expect(evaluateDefault('token', '${{ github.token }}', known)).toBe('ghs_x');
    expect(evaluateDefault('t', '${{GitHub.Token}}:${{ github.repository }}', known)).toBe('ghs_x:o/r');
    expect(() => evaluateDefault('s', '${{ secrets.PAT }}', known)).toThrow(
      /input "s" has the default \$\{\{ secrets.PAT \}\}, which the e2e harness cannot evaluate/,
    );
    expect(() => evaluateDefault('u', '${{ github.token', known)).toThrow(/unterminated/);
  });

  it('refuses an override for an undeclared input', () => {
    const declared = parseActionInputs('inputs:\n  coverage-files: {}\n');
    expect(() => inputEnv(declared, { coverage_files: 'x' }, {})).toThrow(
      /Unknown input "coverage_files": action.yml declares "coverage-files"/,
    );
  });
});

describe('node24', () => {
  it('finds a Node 24 binary, once', async () => {
    const path = node24();
    expect(node24()).toBe(path);
    const { stdout } = await run(path, ['--version']);
    expect(stdout).toMatch(/^v24\./);
  });
});
