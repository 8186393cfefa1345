import type { Outcome, TestCase, TestRun } from '../../model/tests.js';
import { InputError } from '../../model/errors.js';
import { readXml, type Attributes } from '../../xml/index.js';

/** Longest failure message kept per test: signatures need the start, not megabytes of output. */
const MAX_MESSAGE = 4096;

/**
 * JUnit XML, any nesting of `<testsuite>` under `<testsuites>` or a bare `<testsuite>` root.
 * Outcome of a `<testcase>`: `<failure>` → failed, `<error>` → error, `<skipped>` → skipped,
 * else passed. `<flakyFailure>`/`<flakyError>` (Surefire, Gradle, nextest) mean it failed and then
 * passed on retry: passed, and flaky. `<rerunFailure>`/`<rerunError>` are retries that also failed.
 */
export function parseJunit(text: string, file: string): TestRun & { readonly flakyIds: readonly string[] } {
  const cases: TestCase[] = [];
  const flakyIds: string[] = [];
  let depth = 0;
  let caseDepth = -1;
  let current: {
    name: string;
    classname: string;
    file?: string;
    duration: number | null;
    outcome: Outcome;
    message: string;
    flaky: boolean;
    capture: boolean;
  } | null = null;
  let suiteFile: string[] = [];

  readXml(
    text,
    { file },
    {
      open(name: string, attrs: Attributes) {
        depth++;
        if (depth === 1 && name !== 'testsuites' && name !== 'testsuite')
          throw new InputError(`expected a JUnit <testsuites> or <testsuite> root element, found <${name}>`, {
            file,
          });
        if (name === 'testsuite') {
          suiteFile.push(attrs['file'] ?? suiteFile[suiteFile.length - 1] ?? '');
          return;
        }
        if (name === 'testcase') {
          if (current)
            throw new InputError(`<testcase> nested inside <testcase name="${current.name}">`, { file });
          const caseFile = attrs['file'] ?? (suiteFile[suiteFile.length - 1] || undefined);
          current = {
            name: attrs['name'] ?? '',
            classname: attrs['classname'] ?? '',
            ...(caseFile ? { file: caseFile } : {}),
            duration: parseSeconds(attrs['time']),
            outcome: 'passed',
            message: '',
            flaky: false,
            capture: false,
          };
          caseDepth = depth;
          return;
        }
        if (!current || depth !== caseDepth + 1) return;
        switch (name) {
          case 'failure':
          case 'error': {
            const outcome: Outcome = name === 'failure' ? 'failed' : 'error';
            // An error outranks a failure (pytest reports a failing test whose teardown errors as both).
            if (current.outcome !== 'error') current.outcome = outcome;
            current.capture = current.message === '';
            if (current.capture) current.message = attrs['message'] ? `${attrs['message']}\n` : '';
            return;
          }
          case 'skipped':
            if (current.outcome === 'passed') current.outcome = 'skipped';
            return;
          case 'flakyFailure':
          case 'flakyError':
            current.flaky = true;
            return;
          default:
            return;
        }
      },
      close(name: string) {
        if (name === 'testsuite') suiteFile = suiteFile.slice(0, -1);
        if (current && (name === 'failure' || name === 'error')) current.capture = false;
        if (name === 'testcase' && current && depth === caseDepth) {
          const id = testId(current.file, current.classname, current.name);
          const message = current.message.trim();
          cases.push({
            id,
            name: current.name,
            classname: current.classname,
            ...(current.file ? { file: current.file } : {}),
            outcome: current.outcome,
            duration: current.duration,
            // Copied: a slice of a huge CDATA string would keep the whole string alive.
            ...(message ? { message: copyString(message.slice(0, MAX_MESSAGE)) } : {}),
          });
          if (current.flaky && current.outcome === 'passed') flakyIds.push(id);
          current = null;
          caseDepth = -1;
        }
        depth--;
      },
      text(chunk: string) {
        if (current?.capture && current.message.length < MAX_MESSAGE)
          current.message += chunk.slice(0, MAX_MESSAGE - current.message.length);
      },
    },
  );
  return { sources: [file], cases, flakyIds };
}

/** `(file?, classname, name)` normalized (separators to `/`, whitespace folded), joined by `::`. */
export function testId(file: string | undefined, classname: string, name: string): string {
  const norm = (s: string) => s.replace(/\\/g, '/').replace(/\s+/g, ' ').trim();
  const parts = [norm(classname), norm(name)];
  return file ? [norm(file), ...parts].join('::') : parts.join('::');
}

/** Seconds; accepts `1,234.5` (Surefire's grouping) and `0,5` (a decimal comma). */
export function parseSeconds(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  let s = raw.trim();
  if (s === '') return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function copyString(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}
