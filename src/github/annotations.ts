import type { LineRange, PatchFile } from '../analysis/patch.js';

/**
 * Annotations on the change: uncovered changed lines (warnings) and tests that fail now but did not
 * in the previous run (errors). A step shows at most 10 of each level, and whatever the run logged
 * already counts, so they are grouped to fit: a range each when they fit, else a file each, else
 * as many files as fit and one line that says how many more. Nothing is dropped without saying so.
 */
export type Level = 'warning' | 'error' | 'notice';

export interface Annotation {
  readonly level: Level;
  readonly title: string;
  readonly message: string;
  /** Repository-relative; absent when the finding has no place in a file. */
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
}

/** GitHub shows at most this many annotations of each level per step. */
export const STEP_CAP = 10;

export interface TestFailure {
  readonly id: string;
  readonly name: string;
  readonly file?: string;
  readonly message?: string;
}

export function planAnnotations(
  input: { readonly patchFiles: readonly PatchFile[]; readonly newFailures: readonly TestFailure[] },
  budget: { readonly warning: number; readonly error: number },
): Annotation[] {
  return [...uncovered(input.patchFiles, budget.warning), ...failures(input.newFailures, budget.error)];
}

function uncovered(files: readonly PatchFile[], budget: number): Annotation[] {
  const missing = files.filter((f) => f.uncovered.length > 0 && repoRelative(f.path));
  if (budget <= 0 || missing.length === 0) return [];
  const title = 'Changed lines not covered by tests';
  const ranges = missing.flatMap((f) => f.uncovered.map((r) => ({ file: f.path, range: r })));
  if (ranges.length <= budget)
    return ranges.map(({ file, range: [a, b] }) => ({
      level: 'warning',
      title,
      message:
        a === b
          ? `Line ${a} is changed and not covered by tests.`
          : `Lines ${a}–${b} are changed and not covered by tests.`,
      file,
      startLine: a,
      endLine: b,
    }));
  const perFile = (f: PatchFile): Annotation => {
    const [a, b] = f.uncovered[0]!;
    const lines = f.uncovered.reduce((n, [x, y]) => n + y - x + 1, 0);
    return {
      level: 'warning',
      title,
      message: `${lines} changed line${lines === 1 ? '' : 's'} not covered by tests: ${rangesText(f.uncovered)}.`,
      file: f.path,
      startLine: a,
      endLine: b,
    };
  };
  if (missing.length <= budget) return missing.map(perFile);
  const shown = missing.slice(0, budget - 1);
  const rest = missing.slice(budget - 1);
  const restLines = rest.reduce((n, f) => n + f.uncovered.reduce((m, [x, y]) => m + y - x + 1, 0), 0);
  return [
    ...shown.map(perFile),
    {
      level: 'warning',
      title,
      message: `${rest.length} more files have ${restLines} changed lines not covered by tests (${rest
        .slice(0, 5)
        .map((f) => f.path)
        .join(', ')}${rest.length > 5 ? ', …' : ''}); the job summary lists them.`,
    },
  ];
}

function failures(list: readonly TestFailure[], budget: number): Annotation[] {
  if (budget <= 0 || list.length === 0) return [];
  const one = (t: TestFailure): Annotation => {
    const first =
      (t.message ?? '')
        .split(/\r?\n/)
        .find((l) => l.trim() !== '')
        ?.trim() ?? '';
    const file = t.file && repoRelative(t.file) ? t.file : undefined;
    return {
      level: 'error',
      title: 'New test failure',
      message: `${t.name} fails; it did not in the previous run.${first ? ` ${first.slice(0, 500)}` : ''}`,
      ...(file ? { file } : {}),
    };
  };
  if (list.length <= budget) return list.map(one);
  const rest = list.slice(budget - 1);
  return [
    ...list.slice(0, budget - 1).map(one),
    {
      level: 'error',
      title: 'New test failures',
      message: `${rest.length} more tests fail that did not in the previous run: ${rest
        .slice(0, 5)
        .map((t) => t.name)
        .join(', ')}${rest.length > 5 ? ', …' : ''}.`,
    },
  ];
}

/** `12–14, 20, 33–40` */
export function rangesText(ranges: readonly LineRange[]): string {
  return ranges.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/** An annotation's path must be inside the repository, written the way GitHub matches it. */
export function repoRelative(file: string): boolean {
  return (
    file !== '' &&
    !file.startsWith('/') &&
    !/^[A-Za-z]:/.test(file) &&
    !file.includes('\\') &&
    !file.split('/').includes('..')
  );
}

/**
 * Tests that fail in the last run of the history but did not in the run before it (a test with no
 * earlier outcome counts as new). `outcomes` has one letter per run, oldest first: F failed, E error.
 */
export function newlyFailing(history: {
  readonly runs: readonly unknown[];
  readonly tests: readonly { id: string; outcomes: string }[];
}): Set<string> {
  const out = new Set<string>();
  for (const t of history.tests) {
    const now = t.outcomes.at(-1);
    if (now !== 'F' && now !== 'E') continue;
    const before = [...t.outcomes.slice(0, -1)].reverse().find((c) => c !== '-');
    if (before !== 'F' && before !== 'E') out.add(t.id);
  }
  return out;
}
